//! Hostile inputs: each is reported clearly (or analysed) and the rest of the
//! run goes on. Every corpus is generated in a temp dir.

mod common;

use common::{run_in, stderr, stdout};
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

const ARTICLE: &str = "Plain Title\n\nThe company said revenue rose 5% last year.\n";

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(path, content).unwrap();
}

/// NDJSON lines of the given type; every line must parse.
fn lines_of(out: &str, kind: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("each line is JSON"))
        .filter(|v| v["type"] == kind)
        .collect()
}

#[test]
fn a_file_of_only_quote_marks() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "quotes.txt", "\"“”‘’'«»„‟".repeat(5_000));
    write(dir.path(), "ok.txt", ARTICLE);
    let o = run_in(dir.path(), &["summarize", "--format", "ndjson", "."], "");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(lines_of(&stdout(&o), "article").len(), 2);
}

#[test]
fn deeply_nested_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("Nested\n\nHe said ");
    for i in 0..2_000 {
        text.push_str(if i % 2 == 0 {
            "“she said ‘"
        } else {
            "“they said "
        });
    }
    text.push_str("end");
    for i in 0..2_000 {
        text.push(if i % 2 == 0 { '”' } else { '’' });
    }
    text.push_str(".\n");
    write(dir.path(), "nested.txt", text);
    let o = run_in(dir.path(), &["summarize", "--format", "ndjson", "."], "");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(lines_of(&stdout(&o), "article").len(), 1);
}

#[test]
fn ten_thousand_files_in_one_folder() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10_000 {
        write(
            dir.path(),
            &format!("{i:05}.txt"),
            format!("Title {i}\n\nBody {i}.\n"),
        );
    }
    let o = run_in(
        dir.path(),
        &["summarize", "--format", "ndjson", "-j2", "."],
        "",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let articles = lines_of(&out, "article");
    assert_eq!(articles.len(), 10_000);
    // Walk order is kept whatever the threads.
    assert!(articles[9_999]["path"]
        .as_str()
        .unwrap()
        .ends_with("09999.txt"));
    assert_eq!(lines_of(&out, "corpus")[0]["articles"], 10_000);
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a/ok.txt", ARTICLE);
    std::os::unix::fs::symlink(".", dir.path().join("a/loop")).unwrap();
    let o = run_in(dir.path(), &["summarize", "--format", "ndjson", "a"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("symlink loop"), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(lines_of(&out, "article").len(), 1);
    assert_eq!(lines_of(&out, "error").len(), 1);
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_reported_and_skipped() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", ARTICLE);
    write(dir.path(), "b.txt", ARTICLE);
    let locked = dir.path().join("a.txt");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads anything: there the file is simply analysed.
    let privileged = fs::File::open(&locked).is_ok();
    let o = run_in(dir.path(), &["summarize", "--format", "ndjson", "."], "");
    let out = stdout(&o);
    if privileged {
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(lines_of(&out, "article").len(), 2);
    } else {
        assert_eq!(o.status.code(), Some(2));
        assert!(
            stderr(&o).contains("a.txt: permission denied"),
            "{}",
            stderr(&o)
        );
        assert_eq!(lines_of(&out, "article").len(), 1);
    }
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o644)).unwrap();
}

#[test]
fn a_closed_stdout_ends_the_run_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let body = "The company said revenue rose 5% last year. ".repeat(200);
    for i in 0..300 {
        write(
            dir.path(),
            &format!("{i:03}.txt"),
            format!("Title\n\n{body}\n"),
        );
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_cio-digest"))
        .args(["summarize", "--format", "ndjson", "."])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here, as `| head -1` would.
    assert!(first.starts_with("{\"type\":\"article\""));
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stderr(&o), "");
}

#[test]
fn a_huge_file_without_newlines_is_refused_and_a_long_line_is_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let sentence = "The firm said costs rose 5% in the year to March, it says. ";
    let long = sentence.repeat(100_000 / sentence.len() + 1);
    // Over the limit without writing it: a sparse file of that size.
    let huge = std::fs::File::create(dir.path().join("huge.txt")).unwrap();
    huge.set_len(cio_digest::read::MAX_FILE_BYTES + (1 << 20))
        .unwrap();
    write(dir.path(), "long.txt", &long);
    write(dir.path(), "ok.txt", ARTICLE);
    let o = run_in(dir.path(), &["summarize", "--format", "ndjson", "."], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("huge.txt: file too large (17.0 MiB, over the 16 MiB limit), skipped"),
        "{}",
        stderr(&o)
    );
    let articles = lines_of(&stdout(&o), "article");
    assert_eq!(articles.len(), 2);
    assert!(articles[0]["stats"]["words"].as_u64().unwrap() > 15_000);
}

#[test]
fn a_file_gone_before_it_is_read_is_reported() {
    // What a file deleted mid-run looks like to the reader.
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ok.txt", ARTICLE);
    let o = run_in(
        dir.path(),
        &["summarize", "--format", "ndjson", "gone.txt", "ok.txt"],
        "",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("gone.txt: no such file or directory"));
    assert_eq!(lines_of(&stdout(&o), "article").len(), 1);
}
