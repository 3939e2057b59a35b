//! Prints every body sentence of the given files, one per line, as `path<TAB>line<TAB>sentence`.
//! A spot-check aid for the sentence splitter: `cargo run --example dump_sentences -- FILE...`

fn main() {
    for path in std::env::args().skip(1) {
        match cio_digest::read::read(std::path::Path::new(&path), &path) {
            Ok(doc) => {
                for b in cio_digest::parse::parse(&doc).blocks {
                    for s in b.sentence_texts() {
                        println!("{path}\t{}\t{s}", b.line);
                    }
                }
            }
            Err(e) => eprintln!("{e}"),
        }
    }
}
