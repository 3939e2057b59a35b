//! The command line end to end: input problems, walk rules, exit status, the
//! JSON and NDJSON contract, determinism across thread counts, help, colour.
//! Every corpus is generated in a temporary folder.

mod common;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

const P1: &str = "The port authority replaced its last diesel crane in March, two years ahead of the plan it published.";
const P2: &str = "Engineers said the new cranes use a third less energy. They also run quieter, which neighbours had asked for.";

/// A clean article: a title and two paragraphs.
fn clean(title: &str) -> String {
    format!("{title}\n\n{P1}\n\n{P2}\n")
}

/// A temporary folder holding a corpus folder `corpus/`.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Scratch {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("corpus")).expect("corpus dir");
        Scratch { dir }
    }
    fn path(&self) -> &Path {
        self.dir.path()
    }
    /// Writes `bytes` to `corpus/<rel>`, creating folders.
    fn file(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path().join("corpus").join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("folders");
        std::fs::write(&p, bytes).expect("write");
        p
    }
    fn run(&self, args: &[&str]) -> Output {
        common::run_in(self.path(), args, "")
    }
    fn json(&self, args: &[&str]) -> (Output, Value) {
        let mut all = vec!["summarize", "--format", "json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        let v = common::json(&out);
        (out, v)
    }
}

fn paths(report: &Value) -> Vec<String> {
    report["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| a["path"].as_str().expect("path").to_string())
        .collect()
}

/// `path` is named on stderr as `cio-digest: PATH: ...` with `fragment`, and in `errors`.
fn assert_problem(out: &Output, report: &Value, path: &str, fragment: &str, level: &str) {
    let err = common::stderr(out);
    let prefix = format!("cio-digest: {path}: ");
    assert!(
        err.lines()
            .any(|l| l.starts_with(&prefix) && l.contains(fragment)),
        "stderr lacks {prefix}...{fragment}:\n{err}"
    );
    let errors = report["errors"].as_array().expect("errors");
    assert!(
        errors.iter().any(|e| e["path"] == path
            && e["message"].as_str().is_some_and(|m| m.contains(fragment))
            && e["level"] == level),
        "errors lack {path}: {fragment}: {errors:#?}"
    );
}

/// Every file under `dir` (links not followed) with its size and modification time.
fn listing(dir: &Path) -> Vec<(PathBuf, u64, std::time::SystemTime)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir") {
            let p = e.expect("entry").path();
            let m = std::fs::symlink_metadata(&p).expect("metadata");
            if m.is_dir() {
                stack.push(p.clone());
            }
            out.push((p, m.len(), m.modified().expect("mtime")));
        }
    }
    out.sort();
    out
}

#[cfg(unix)]
fn symlink(target: &str, link: &Path) {
    std::os::unix::fs::symlink(target, link).expect("symlink");
}

#[test]
#[cfg(unix)]
fn input_problems_are_reported_and_the_rest_is_analysed() {
    let s = Scratch::new();
    s.file(
        "bom_crlf.txt",
        format!("\u{feff}Harbour Cranes Go Electric\r\n\r\n{P1}\r\n\r\n{P2}\r\n"),
    );
    s.file(
        "cr.txt",
        format!("Cranes On Lone Returns\r\r{P1}\r\r{P2}\r"),
    );
    s.file(
        "cp1252.txt",
        b"Caf\xe9 Owners Cheer the Port\n\nThe owners of the caf\xe9 said trade was up \x96 a \x93good\x94 year.\n",
    );
    s.file("binary.txt", b"PK\x03\x04\0\0\x14\0 not text");
    s.file("empty.txt", "");
    s.file("blank.md", " \n\t\r\n   \n");
    s.file(".hidden.txt", clean("Hidden File"));
    s.file(".git/notes.txt", clean("Hidden Folder"));
    s.file("notes.csv", "a,b\n1,2\n");
    s.file("sub/ok.md", clean("Nested Article"));
    symlink("..", &s.path().join("corpus/sub/loop"));
    symlink("missing.txt", &s.path().join("corpus/dangling.txt"));

    let before = listing(&s.path().join("corpus"));
    let (out, report) = s.json(&["corpus"]);
    assert_eq!(out.status.code(), Some(2), "{}", common::stderr(&out));
    assert_eq!(
        paths(&report),
        [
            "corpus/bom_crlf.txt",
            "corpus/cp1252.txt",
            "corpus/cr.txt",
            "corpus/sub/ok.md"
        ]
    );
    assert_problem(&out, &report, "corpus/binary.txt", "binary file", "error");
    assert_problem(&out, &report, "corpus/empty.txt", "empty file", "error");
    assert_problem(
        &out,
        &report,
        "corpus/blank.md",
        "only white space",
        "error",
    );
    assert_problem(&out, &report, "corpus/sub/loop", "symlink loop", "error");
    assert_problem(
        &out,
        &report,
        "corpus/dangling.txt",
        "no such file",
        "error",
    );
    assert_problem(
        &out,
        &report,
        "corpus/cp1252.txt",
        "decoded as Windows-1252",
        "warning",
    );
    assert!(
        common::stderr(&out).contains("cio-digest: corpus/cp1252.txt: warning: not valid UTF-8")
    );
    assert_eq!(report["errors"].as_array().unwrap().len(), 6);
    assert_eq!(report["corpus"]["articles"], 4);
    assert_eq!(report["corpus"]["errors"], 5);
    assert_eq!(report["corpus"]["warnings"], 1);

    // BOM stripped, CRLF and lone CR counted as one line end each.
    for file in ["bom_crlf.txt", "cr.txt"] {
        let a = common::article(&report, file);
        assert_eq!(a["title_line"], 1, "{file}");
        let lines: Vec<&Value> = a["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| &b["line"])
            .collect();
        assert_eq!(lines, [3, 5], "{file}");
        assert_eq!(a["blocks"][0]["text"], P1, "{file}");
        assert_eq!(a["blocks"][1]["text"], P2, "{file}");
        assert_eq!(a["stats"]["sentences"], 3, "{file}");
    }
    let a = common::article(&report, "bom_crlf.txt");
    assert_eq!(a["title"], "Harbour Cranes Go Electric");
    let a = common::article(&report, "cp1252.txt");
    assert_eq!(a["title"], "Café Owners Cheer the Port");
    assert_eq!(
        a["blocks"][0]["text"],
        "The owners of the café said trade was up – a “good” year."
    );
    assert_eq!(a["warnings"][0], "not valid UTF-8; decoded as Windows-1252");

    // The same problems in NDJSON, as error lines; --quiet silences stderr only.
    let out = s.run(&["summarize", "--format", "ndjson", "--quiet", "corpus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stderr.is_empty(), "{}", common::stderr(&out));
    let errors = common::stdout(&out)
        .lines()
        .filter(|l| l.starts_with(r#"{"type":"error""#))
        .count();
    assert_eq!(errors, 6);

    let text = s.run(&["summarize", "corpus"]);
    assert_eq!(text.status.code(), Some(2));
    assert!(common::stdout(&text).contains("4 articles analysed, 5 files could not be read"));

    assert_eq!(
        listing(&s.path().join("corpus")),
        before,
        "the input folder changed"
    );
}

#[test]
#[cfg(unix)]
fn unreadable_entries_are_reported() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::new();
    s.file("a.txt", clean("Readable Article"));
    let locked = s.file("locked.txt", clean("Locked Article"));
    s.file("closed/inside.txt", clean("Inside Closed Folder"));
    let closed = s.path().join("corpus/closed");
    let mode = |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m));
    mode(&locked, 0o000).expect("chmod");
    mode(&closed, 0o000).expect("chmod");
    // Root reads whatever the mode says: then nothing here is unreadable.
    let denied = std::fs::read(&locked).is_err() && std::fs::read_dir(&closed).is_err();
    let result = std::panic::catch_unwind(|| {
        if !denied {
            eprintln!(
                "unreadable_entries_are_reported: permissions do not deny reads here; skipped"
            );
            return;
        }
        let (out, report) = s.json(&["corpus"]);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(paths(&report), ["corpus/a.txt"]);
        assert_problem(
            &out,
            &report,
            "corpus/locked.txt",
            "permission denied",
            "error",
        );
        assert_problem(&out, &report, "corpus/closed", "permission denied", "error");
    });
    mode(&locked, 0o644).expect("chmod back");
    mode(&closed, 0o755).expect("chmod back");
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}

#[test]
fn very_long_line() {
    let s = Scratch::new();
    let sentence = "The crane moved another heavy box onto the quay. ";
    let n = 60_000; // about 3 MB on one line
    let body = sentence.repeat(n);
    s.file("long.txt", format!("One Very Long Line\n\n{body}\n"));
    let (out, report) = s.json(&["corpus"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let a = common::article(&report, "long.txt");
    assert_eq!(a["title"], "One Very Long Line");
    assert_eq!(a["stats"]["paragraphs"], 1);
    assert_eq!(a["stats"]["sentences"], n);
    assert_eq!(a["stats"]["words"], 9 * n);
}

#[test]
fn ext_and_glob_choose_the_files() {
    let s = Scratch::new();
    s.file("a.txt", clean("Text File"));
    s.file("b.md", clean("Markdown File"));
    s.file("c.csv", clean("Csv File"));
    s.file("d/2024-x.txt", clean("Twenty Twenty Four"));
    s.file("d/2023-y.TXT", clean("Twenty Twenty Three"));
    let took = |args: &[&str]| {
        let (out, report) = s.json(args);
        assert!(out.status.success(), "{}", common::stderr(&out));
        paths(&report)
    };
    assert_eq!(
        took(&["corpus"]),
        [
            "corpus/a.txt",
            "corpus/b.md",
            "corpus/d/2023-y.TXT",
            "corpus/d/2024-x.txt"
        ]
    );
    assert_eq!(took(&["--ext", "csv", "corpus"]), ["corpus/c.csv"]);
    assert_eq!(
        took(&["--ext", "csv,md", "corpus"]),
        ["corpus/b.md", "corpus/c.csv"]
    );
    assert_eq!(
        took(&["--glob", "**/2024-*.txt", "corpus"]),
        ["corpus/d/2024-x.txt"]
    );
    assert_eq!(
        took(&["--glob", "*.csv", "--glob", "b.*", "corpus"]),
        ["corpus/b.md", "corpus/c.csv"]
    );
    // A file named on the command line is taken whatever its extension.
    assert_eq!(took(&["corpus/c.csv"]), ["corpus/c.csv"]);
    // A bad glob is a usage error.
    let out = s.run(&["summarize", "--glob", "a[", "corpus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(common::stderr(&out).starts_with("cio-digest: "));
}

#[test]
fn folders_are_walked_recursively_in_sorted_order() {
    let s = Scratch::new();
    for rel in ["b.txt", "a/z.txt", "9.txt", "a/b/c.txt", "B.txt", "10.txt"] {
        s.file(rel, clean("Ordered"));
    }
    let (_, report) = s.json(&["corpus"]);
    assert_eq!(
        paths(&report),
        [
            "corpus/10.txt",
            "corpus/9.txt",
            "corpus/B.txt",
            "corpus/a/b/c.txt",
            "corpus/a/z.txt",
            "corpus/b.txt"
        ]
    );
}

#[test]
fn dash_reads_paths_from_stdin() {
    let s = Scratch::new();
    s.file("a.txt", clean("First"));
    s.file("b.txt", clean("Second"));
    s.file("sub/c.txt", clean("Third"));
    let list = "corpus/b.txt\r\n\ncorpus/sub\ncorpus/nope.txt\ncorpus/a.txt\n";
    let out = common::run_in(s.path(), &["summarize", "--format", "json", "-"], list);
    let report = common::json(&out);
    assert_eq!(
        paths(&report),
        ["corpus/b.txt", "corpus/sub/c.txt", "corpus/a.txt"]
    );
    assert_problem(&out, &report, "corpus/nope.txt", "no such file", "error");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn exit_status() {
    let s = Scratch::new();
    s.file("a.txt", clean("Fine"));
    assert_eq!(s.run(&["summarize", "corpus"]).status.code(), Some(0));
    // A warning alone does not fail the run.
    s.file("b.txt", b"Caf\xe9 Title\n\nSome text here.\n");
    assert_eq!(s.run(&["summarize", "corpus"]).status.code(), Some(0));
    // A file that cannot be read does.
    let out = s.run(&["summarize", "corpus", "corpus/missing.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        common::stderr(&out).contains("cio-digest: corpus/missing.txt: no such file or directory")
    );
    // Usage errors.
    for args in [
        &["summarize", "--format", "xml", "corpus"][..],
        &["summarize", "-j", "many", "corpus"],
        &["summarize", "--no-such-flag"],
        &["frobnicate"],
        &[],
    ] {
        let out = s.run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

/// The keys every article object has (null when absent, never missing).
const ARTICLE_FIELDS: &[&str] = &[
    "path",
    "title",
    "title_line",
    "dek",
    "author",
    "truncated",
    "blocks",
    "boilerplate",
    "stats",
];
const STATS_FIELDS: &[&str] = &[
    "characters",
    "words",
    "sentences",
    "paragraphs",
    "list_items",
    "reading_time_seconds",
];

fn assert_article_shape(a: &Value) {
    let o = a.as_object().expect("article object");
    for k in ARTICLE_FIELDS {
        assert!(o.contains_key(*k), "article lacks {k}: {a}");
    }
    assert!(a["path"].is_string());
    assert!(a["title"].is_string() || a["title"].is_null());
    assert!(a["title_line"].is_u64() || a["title_line"].is_null());
    assert!(a["dek"].is_string() || a["dek"].is_null());
    assert!(a["author"].is_string() || a["author"].is_null());
    assert!(a["truncated"].is_boolean());
    for b in a["blocks"].as_array().expect("blocks") {
        assert!(
            matches!(b["kind"].as_str(), Some("paragraph" | "list_item")),
            "{b}"
        );
        assert!(b["line"].as_u64().is_some_and(|l| l >= 1), "{b}");
        assert!(b["text"].is_string(), "{b}");
    }
    for b in a["boilerplate"].as_array().expect("boilerplate") {
        assert!(b["kind"].is_string(), "{b}");
        assert!(b["line"].as_u64().is_some_and(|l| l >= 1), "{b}");
        assert!(b["text"].is_string(), "{b}");
    }
    assert_stats_shape(&a["stats"]);
}

fn assert_stats_shape(s: &Value) {
    for k in STATS_FIELDS {
        assert!(s[*k].is_u64(), "stats lack {k}: {s}");
    }
}

/// A web page with furniture around the article.
fn furnished() -> String {
    format!(
        "Home | News | Business | Technology\n\n\
         Harbour Cranes Go Electric\n\n\
         Quieter, cleaner ports are closer than most shippers think.\n\n\
         By Ana Cruz | Senior Reporter\n\n\
         {P1}\n\nAdvertisement\n\n{P2}\n\n\
         • The first crane arrived in May\n• The last one in March\n\n\
         Subscribe now to continue reading.\n"
    )
}

#[test]
fn json_document_contract() {
    let s = Scratch::new();
    s.file("a_web.txt", furnished());
    s.file("b_clean.txt", clean("Plain Article"));
    s.file("c_empty.txt", "");
    let (out, report) = s.json(&["corpus"]);
    assert_eq!(out.status.code(), Some(2));
    let keys: Vec<&String> = report.as_object().expect("object").keys().collect();
    assert_eq!(keys, ["articles", "corpus", "errors", "version"]);
    assert_eq!(report["version"], 1);
    for a in report["articles"].as_array().unwrap() {
        assert_article_shape(a);
    }
    let web = common::article(&report, "a_web.txt");
    assert_eq!(web["title"], "Harbour Cranes Go Electric");
    assert_eq!(web["title_line"], 3);
    assert_eq!(
        web["dek"],
        "Quieter, cleaner ports are closer than most shippers think."
    );
    assert_eq!(web["author"], "Ana Cruz");
    assert_eq!(web["truncated"], true);
    let kinds: Vec<(&str, u64)> = web["boilerplate"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["kind"].as_str().unwrap(), b["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("navigation", 1),
            ("byline", 7),
            ("advertisement", 11),
            ("paywall", 18)
        ]
    );
    assert_eq!(web["stats"]["paragraphs"], 2);
    assert_eq!(web["stats"]["list_items"], 2);
    assert_eq!(web["blocks"][2]["kind"], "list_item");
    assert_eq!(web["blocks"][2]["text"], "The first crane arrived in May");

    let plain = common::article(&report, "b_clean.txt");
    for k in ["dek", "author"] {
        assert!(plain[k].is_null(), "{k} should be null");
    }
    assert_eq!(plain["boilerplate"], Value::Array(vec![]));
    assert_eq!(plain["stats"]["words"], 37);
    assert_eq!(plain["stats"]["reading_time_seconds"], 9);

    let corpus = &report["corpus"];
    assert_eq!(corpus["articles"], 2);
    assert_eq!(corpus["errors"], 1);
    assert_stats_shape(&corpus["stats"]);
    assert_eq!(
        corpus["stats"]["words"].as_u64().unwrap(),
        web["stats"]["words"].as_u64().unwrap() + 37
    );
    let errors = report["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["path"], "corpus/c_empty.txt");
    assert!(errors[0]["message"].is_string());
}

#[test]
fn ndjson_lines_contract() {
    let s = Scratch::new();
    s.file("a_web.txt", furnished());
    s.file("b_empty.txt", "");
    s.file("c_clean.txt", clean("Plain Article"));
    let (_, doc) = s.json(&["corpus"]);
    let out = s.run(&["summarize", "--format", "ndjson", "corpus"]);
    assert_eq!(out.status.code(), Some(2));
    let text = common::stdout(&out);
    let lines: Vec<Value> = text
        .lines()
        .map(|l| {
            assert!(l.starts_with(r#"{"type":"#), "type first: {l}");
            serde_json::from_str(l).expect("each line is JSON")
        })
        .collect();
    let types: Vec<&str> = lines.iter().map(|v| v["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["article", "error", "article", "corpus"]);
    // Article and error lines are the JSON document's objects plus "type".
    let strip = |v: &Value| {
        let mut v = v.clone();
        v.as_object_mut().unwrap().remove("type");
        v
    };
    let articles: Vec<Value> = lines
        .iter()
        .filter(|v| v["type"] == "article")
        .map(strip)
        .collect();
    assert_eq!(&Value::Array(articles.clone()), &doc["articles"]);
    for a in &articles {
        assert_article_shape(a);
    }
    let errors: Vec<Value> = lines
        .iter()
        .filter(|v| v["type"] == "error")
        .map(strip)
        .collect();
    assert_eq!(&Value::Array(errors), &doc["errors"]);
    assert_eq!(strip(lines.last().unwrap()), doc["corpus"]);
}

/// A corpus bigger than one batch of work, with a few bad files among the good.
fn generated_corpus(s: &Scratch, n: usize) {
    for i in 0..n {
        let rel = format!("g{}/article_{i:04}.txt", i % 3);
        match i {
            _ if i % 37 == 5 => s.file(&rel, ""),
            _ if i % 41 == 7 => s.file(&rel, b"bin\0ary"),
            _ if i % 29 == 3 => s.file(
                &rel,
                [b"Caf\xe9 ", format!("{i}\n\nText.\n").as_bytes()].concat(),
            ),
            _ => {
                let extra = "More words about cranes and ships. ".repeat(i % 7);
                s.file(
                    &rel,
                    format!(
                        "Article Number {i}\n\nBy Ana Cruz\n\n{P1} {extra}\n\n\"Ships wait,\" Ana said.\n\n{P2}\n\nRelated: Other news\n"
                    ),
                )
            }
        };
    }
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let s = Scratch::new();
    generated_corpus(&s, 150);
    let seeds = common::root().join("seeds");
    let seeds = seeds.to_str().expect("utf-8 path");
    for format in ["text", "json", "ndjson"] {
        for input in ["corpus", seeds] {
            let one = s.run(&["summarize", "--format", format, "-j1", input]);
            let two = s.run(&["summarize", "--format", format, "-j2", input]);
            assert!(!one.stdout.is_empty());
            assert_eq!(one.stdout, two.stdout, "{format} {input}: stdout differs");
            assert_eq!(one.stderr, two.stderr, "{format} {input}: stderr differs");
            assert_eq!(one.status.code(), two.status.code());
        }
    }
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    use std::io::{BufRead, BufReader};
    let s = Scratch::new();
    generated_corpus(&s, 200);
    let mut child = common::command(s.path())
        .args([
            "summarize",
            "--format",
            "ndjson",
            "-j1",
            "--quiet",
            "corpus",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("one line");
    // The reader is dropped here: the pipe closes with most output unread.
    assert!(first.starts_with(r#"{"type":"#));
    let out = child.wait_with_output().expect("finishes");
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert!(out.stderr.is_empty(), "{}", common::stderr(&out));
}

#[test]
fn help_and_version() {
    for args in [
        &["--help"][..],
        &["summarize", "--help"],
        &["help", "summarize"],
    ] {
        let out = common::run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let text = common::stdout(&out);
        assert!(text.contains("Examples:"), "{args:?}: {text}");
        assert!(text.contains("cio-digest summarize seeds/"), "{args:?}");
        assert!(text.contains("Exit status:"), "{args:?}");
        assert!(text.contains("0  every file was analysed"), "{args:?}");
        assert!(text.contains("2  a file could not be read"), "{args:?}");
    }
    let out = common::run(&["summarize", "-h"]);
    assert!(common::stdout(&out).contains("--format"));
    let out = common::run(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        common::stdout(&out).trim(),
        format!("cio-digest {}", env!("CARGO_PKG_VERSION"))
    );
}

fn has_ansi(bytes: &[u8]) -> bool {
    bytes.windows(2).any(|w| w == b"\x1b[")
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    let s = Scratch::new();
    s.file("a.txt", clean("Coloured Or Not"));
    let text = |no_color: bool, args: &[&str]| {
        let mut c = common::command(s.path());
        if !no_color {
            c.env_remove("NO_COLOR");
        }
        c.args(["summarize"]).args(args).arg("corpus");
        c.output().expect("runs").stdout
    };
    // Not a terminal: no colour, NO_COLOR or not.
    assert!(!has_ansi(&text(false, &[])));
    assert!(!has_ansi(&text(true, &[])));
    // The check would see colour if there were any.
    assert!(has_ansi(&text(false, &["--color", "always"])));
    assert!(!has_ansi(&text(false, &["--color", "never"])));

    // On a terminal (through `script`, when installed): colour unless NO_COLOR is set.
    let on_terminal = |no_color: bool| {
        let line = format!("{} summarize corpus", env!("CARGO_BIN_EXE_cio-digest"));
        let mut c = std::process::Command::new("script");
        c.args(["-qec", &line, "/dev/null"])
            .current_dir(s.path())
            .stdin(Stdio::null());
        if no_color {
            c.env("NO_COLOR", "1");
        } else {
            c.env_remove("NO_COLOR");
        }
        c.output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| o.stdout)
    };
    match on_terminal(false) {
        Some(coloured) => {
            assert!(has_ansi(&coloured), "colour on a terminal");
            let plain = on_terminal(true).expect("script runs");
            assert!(!has_ansi(&plain), "NO_COLOR honoured on a terminal");
            assert!(String::from_utf8_lossy(&plain).contains("Coloured Or Not"));
        }
        None => eprintln!("colour test on a terminal skipped: `script` not available"),
    }
}

#[test]
fn jq_reads_both_forms() {
    let jq_ok = std::process::Command::new("jq")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !jq_ok {
        return;
    }
    let s = Scratch::new();
    s.file("a.txt", furnished());
    s.file("b.txt", clean("Second Title"));
    s.file("c.txt", "");
    let jq = |filter: &str, input: &[u8], slurp: bool| {
        use std::io::Write;
        let mut c = std::process::Command::new("jq");
        c.arg("-e").arg("-c");
        if slurp {
            c.arg("-s");
        }
        let mut child = c
            .arg(filter)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("jq starts");
        child.stdin.take().unwrap().write_all(input).unwrap();
        let out = child.wait_with_output().expect("jq finishes");
        assert!(out.status.success(), "jq {filter} failed");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    let json = s.run(&["summarize", "--format", "json", "corpus"]).stdout;
    assert_eq!(jq(".version", &json, false), "1");
    assert_eq!(
        jq("[.articles[].title]", &json, false),
        r#"["Harbour Cranes Go Electric","Second Title"]"#
    );
    assert_eq!(jq(".errors[0].path", &json, false), r#""corpus/c.txt""#);
    let nd = s.run(&["summarize", "--format", "ndjson", "corpus"]).stdout;
    assert_eq!(
        jq(r#"[.[] | select(.type=="article") | .title]"#, &nd, true),
        r#"["Harbour Cranes Go Electric","Second Title"]"#
    );
    assert_eq!(jq("last | .type", &nd, true), r#""corpus""#);
    assert_eq!(
        jq("map(.type)", &nd, true),
        r#"["article","article","error","corpus"]"#
    );
}
