//! Arbitrary bytes through the whole per-article analysis: decoded as the
//! reader decodes files, analysed, checked against the invariants, and
//! serialized. Any panic or broken invariant is a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = cio_digest::read::decode("fuzz.txt", data) else {
        return;
    };
    let article = cio_digest::analyze(&doc);
    let broken = cio_digest::invariants::check(&doc, &article);
    assert!(broken.is_empty(), "broken invariants: {broken:#?}");
});
