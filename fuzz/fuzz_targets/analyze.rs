//! Arbitrary bytes through the whole per-article analysis: decoded as the
//! reader decodes files (as Markdown when the first byte is odd), analysed, checked against the invariants, and
//! serialized. Any panic or broken invariant is a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // An odd first byte reads the input as Markdown.
    let name = if data.first().is_some_and(|b| b & 1 == 1) {
        "fuzz.md"
    } else {
        "fuzz.txt"
    };
    let Ok(doc) = cio_digest::read::decode(name, data) else {
        return;
    };
    let article = cio_digest::analyze(&doc);
    let broken = cio_digest::invariants::check(&doc, &article);
    assert!(broken.is_empty(), "broken invariants: {broken:#?}");
});
