//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root (where `seeds/` and `tests/` live).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The binary, to run in `dir`, with `NO_COLOR` set.
pub fn command(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_cio-digest"));
    c.current_dir(dir).env("NO_COLOR", "1");
    c
}

/// Runs the binary with `args` in `dir`, feeding `stdin`.
pub fn run_in(dir: &Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = command(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let mut input = child.stdin.take().expect("stdin");
    let _ = input.write_all(stdin.as_bytes());
    drop(input);
    child.wait_with_output().expect("binary finishes")
}

/// Runs the binary in the repository root.
pub fn run(args: &[&str]) -> Output {
    run_in(&root(), args, "")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Parses `summarize --format json` output.
pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).expect("stdout is one JSON document")
}

/// The gold annotations of the seeds.
pub fn gold() -> serde_json::Value {
    let text = std::fs::read_to_string(root().join("tests/gold/seeds.json")).expect("gold file");
    serde_json::from_str(&text).expect("gold parses")
}

/// The article for `file` in a JSON report.
pub fn article<'a>(report: &'a serde_json::Value, file: &str) -> &'a serde_json::Value {
    report["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .find(|a| a["path"].as_str().is_some_and(|p| p.ends_with(file)))
        .unwrap_or_else(|| panic!("no article for {file}"))
}

/// The `line` of every object in the JSON array `v[key]`.
/// The `name` of every object in the array `v[key]` (people, speakers, organisations).
pub fn names<'a>(v: &'a serde_json::Value, key: &str) -> Vec<&'a str> {
    v[key]
        .as_array()
        .expect("an array")
        .iter()
        .map(|p| p["name"].as_str().expect("a name"))
        .collect()
}

pub fn lines(v: &serde_json::Value, key: &str) -> Vec<u64> {
    v[key]
        .as_array()
        .expect("an array")
        .iter()
        .map(|b| b["line"].as_u64().expect("a line"))
        .collect()
}
