//! `cio-digest check` and `cio-digest rules`, run as a user would: the fixture
//! corpus (tests/fixtures/check/), golden `line` output, exit status, config
//! files, every output format, and the SARIF schema.

mod common;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

fn fixtures() -> PathBuf {
    common::root().join("tests/fixtures/check")
}

/// Runs the binary in the fixture folder (so its cio-digest.toml is found).
fn check(args: &[&str]) -> Output {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    common::run_in(&fixtures(), &all, "")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit code")
}

/// Compares with tests/golden/NAME; `BLESS=1 cargo test` rewrites it.
fn golden(name: &str, actual: &str) {
    let path = common::root().join("tests/golden").join(name);
    if std::env::var_os("BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        want == actual,
        "{name} differs (BLESS=1 cargo test to accept):\n--- want\n{want}\n--- got\n{actual}"
    );
}

fn rule_ids() -> Vec<String> {
    let out = common::run(&["rules", "--format", "json"]);
    assert_eq!(code(&out), 0);
    let rules: Value = serde_json::from_slice(&out.stdout).unwrap();
    rules
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn golden_line_output() {
    let out = check(&["--format", "line", "clean", "rules"]);
    assert_eq!(code(&out), 1, "{}", common::stderr(&out));
    golden("check.line", &common::stdout(&out));
}

#[test]
fn each_rule_fixture_triggers_its_rule_only_and_clean_articles_none() {
    // rules/duplicate.txt is a copy of a clean article.
    let out = check(&["--format", "line", "--against", "clean", "rules"]);
    let text = common::stdout(&out);
    let ids = rule_ids();
    let mut triggered = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(fixtures().join("rules")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let id = ids
            .iter()
            .filter(|id| name.starts_with(id.as_str()))
            .max_by_key(|id| id.len())
            .unwrap_or_else(|| panic!("{name} is named after no rule"));
        let lines: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with(&format!("rules/{name}:")))
            .collect();
        assert!(!lines.is_empty(), "{name} triggers nothing");
        for l in lines {
            assert_eq!(l.split(':').nth(4), Some(id.as_str()), "{l}");
        }
        triggered.insert(id.clone());
    }
    for id in &ids {
        assert!(triggered.contains(id), "no fixture triggers {id}");
    }

    let clean = check(&["--format", "line", "--fail-level", "suggestion", "clean"]);
    assert_eq!(common::stdout(&clean), "");
    assert_eq!(code(&clean), 0);
}

#[test]
fn exit_status_follows_the_fail_level() {
    // long-sentence is a suggestion: passes by default, fails at --fail-level suggestion.
    let f = "rules/long-sentence.txt";
    assert_eq!(code(&check(&[f])), 0);
    assert_eq!(code(&check(&["--fail-level", "warning", f])), 0);
    assert_eq!(code(&check(&["--fail-level", "suggestion", f])), 1);
    // Hidden alerts never fail the run.
    let hidden = check(&["--min-level", "warning", "--fail-level", "suggestion", f]);
    assert_eq!(code(&hidden), 0);
    assert!(common::stdout(&hidden).contains("0 suggestions"));

    // truncated is an error: fails by default, not once disabled or lowered.
    let t = "rules/truncated.txt";
    assert_eq!(code(&check(&[t])), 1);
    assert_eq!(code(&check(&["--disable", "truncated", t])), 0);
    assert_eq!(
        code(&check(&["--disable", "truncated,missing-author", t])),
        0
    );
    // missing-author is a warning: fails with --fail-level warning.
    let a = "rules/missing-author.txt";
    assert_eq!(code(&check(&[a])), 0);
    assert_eq!(code(&check(&["--fail-level", "warning", a])), 1);
}

#[test]
fn unreadable_files_exit_2_and_the_rest_is_still_checked() {
    let out = check(&[
        "--format",
        "line",
        "clean",
        "missing.txt",
        "rules/truncated.txt",
    ]);
    assert_eq!(code(&out), 2);
    assert!(common::stderr(&out).contains("cio-digest: missing.txt: no such file or directory"));
    assert!(common::stdout(&out).contains("rules/truncated.txt:15:1:error:truncated:"));

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let out = common::run_in(dir.path(), &["check", "--quiet", "."], "");
    assert_eq!(code(&out), 2);
    assert_eq!(common::stderr(&out), "", "--quiet keeps stderr clean");
    assert!(common::stdout(&out).contains("empty file, skipped"));
}

#[test]
fn usage_and_config_errors_exit_2() {
    let out = check(&["--disable", "long-sentences", "clean"]);
    assert_eq!(code(&out), 2);
    assert!(common::stderr(&out).contains("did you mean long-sentence?"));
    assert_eq!(code(&check(&["--fail-level", "fatal", "clean"])), 2);
    assert_eq!(code(&check(&["--format", "xml", "clean"])), 2);
    assert_eq!(
        code(&check(&[
            "--enable",
            "truncated",
            "--disable",
            "truncated",
            "clean"
        ])),
        2
    );

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "fail_level = \"warning\"\n[rules]\nlong-sentence = { max_words = \"many\" }\n",
    )
    .unwrap();
    let out = check(&["--config", bad.to_str().unwrap(), "clean"]);
    assert_eq!(code(&out), 2);
    let err = common::stderr(&out);
    assert!(
        err.contains("bad.toml:3:31: expected a whole number, 0 or more, found \"many\""),
        "{err}"
    );
    let out = check(&["--config", "no-such.toml", "clean"]);
    assert_eq!(code(&out), 2);
    assert!(common::stderr(&out).contains("no-such.toml: no such file or directory"));
}

/// A corpus in a temp folder with a config at its root.
fn project(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let short = std::fs::read(fixtures().join("rules/too-short.txt")).unwrap();
    for sub in ["briefs/2024", "news"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        std::fs::write(dir.path().join(sub).join("a.txt"), &short).unwrap();
    }
    std::fs::write(dir.path().join("cio-digest.toml"), config).unwrap();
    dir
}

fn lines_in(dir: &Path, args: &[&str], stdin: &str) -> (i32, Vec<String>) {
    let mut all = vec!["check", "--format", "line"];
    all.extend_from_slice(args);
    let out = common::run_in(dir, &all, stdin);
    let lines = common::stdout(&out).lines().map(String::from).collect();
    (code(&out), lines)
}

#[test]
fn config_is_found_in_parents_and_overrides_apply_by_glob() {
    let dir = project(
        "fail_level = \"warning\"\n\
         [[overrides]]\n\
         paths = \"briefs/**\"\n\
         rules = { too-short = \"off\" }\n",
    );
    // From the root: the override spares briefs/ only, and warnings fail
    // (the two files are copies of each other, too).
    let (status, lines) = lines_in(dir.path(), &["."], "");
    assert_eq!(status, 1);
    assert_eq!(
        lines,
        [
            "./news/a.txt:5:1:warning:duplicate:same body as ./briefs/2024/a.txt (100% similar): drop this copy, or keep one and link to it",
            "./news/a.txt:5:1:warning:too-short:body has 46 words (min 150): this looks like a teaser or a failed scrape; add the full text"
        ]
    );
    // From a subfolder the same config is found, and globs stay relative to it.
    let (_, lines) = lines_in(&dir.path().join("briefs"), &["2024"], "");
    assert!(lines.is_empty(), "{lines:?}");
    let (_, lines) = lines_in(&dir.path().join("news"), &["a.txt"], "");
    assert_eq!(lines.len(), 1);

    // Thresholds, "off" and --enable.
    let dir = project(
        "[rules]\n\
         too-short = { min_words = 40 }\n\
         missing-author = \"off\"\n",
    );
    let (status, lines) = lines_in(dir.path(), &["news"], "");
    assert_eq!((status, lines.len()), (0, 0), "{lines:?}");
    std::fs::write(
        dir.path().join("news/b.txt"),
        "Short headline for a test\n\nA body of a few words.\n",
    )
    .unwrap();
    let (_, lines) = lines_in(dir.path(), &["news/b.txt"], "");
    assert!(lines.iter().all(|l| !l.contains("missing-author")));
    let (_, lines) = lines_in(
        dir.path(),
        &["--enable", "missing-author", "news/b.txt"],
        "",
    );
    assert!(lines.iter().any(|l| l.contains(":warning:missing-author:")));
}

#[test]
fn paths_from_stdin() {
    let (status, lines) = lines_in(
        &fixtures(),
        &["-"],
        "clean/council-budget.txt\nrules/truncated.txt\n\n",
    );
    assert_eq!(status, 1);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].starts_with("rules/truncated.txt:15:1:error:truncated:"));
    // A pull request that touches no article: nothing to check, success.
    let out = common::run_in(&fixtures(), &["check", "-"], "");
    assert_eq!(code(&out), 0);
    assert!(common::stdout(&out).contains("in 0 files"));
}

#[test]
fn against_corpus_is_not_checked() {
    // The reference corpus is compared with, never reported on: of the pair,
    // only the checked article is named.
    let out = check(&["--format", "line", "--against", "rules", "clean"]);
    assert_eq!(code(&out), 0);
    assert_eq!(
        common::stdout(&out),
        "clean/council-budget.txt:5:1:warning:duplicate:near-duplicate of rules/duplicate.txt (84% similar): \
         drop this copy, or keep one and link to it\n"
    );
    let out = check(&[
        "--format",
        "line",
        "--against",
        "rules",
        "--disable",
        "duplicate",
        "clean",
    ]);
    assert_eq!(common::stdout(&out), "");
    // A checked file that is also in the reference corpus is not its own copy.
    let out = check(&[
        "--format",
        "line",
        "--against",
        "clean",
        "./clean/harbour-wind-farm.md",
    ]);
    assert_eq!(common::stdout(&out), "");
}

#[test]
fn duplicates_exit_status_and_order_do_not_depend_on_threads() {
    let pair = ["clean/council-budget.txt", "rules/duplicate.txt"];
    assert_eq!(code(&check(&pair)), 0, "a warning passes by default");
    let mut args = vec!["--fail-level", "warning"];
    args.extend(pair);
    assert_eq!(code(&check(&args)), 1);
    let alone = ["--fail-level", "warning", "rules/duplicate.txt"];
    assert_eq!(code(&check(&alone)), 0);
    let against = [
        "--fail-level",
        "warning",
        "--against",
        "clean",
        "rules/duplicate.txt",
    ];
    assert_eq!(code(&check(&against)), 1);

    let run = |j: &str| {
        let out = check(&[
            "--format",
            "line",
            "-j",
            j,
            "--against",
            "rules",
            "clean",
            "rules",
        ]);
        common::stdout(&out)
    };
    let one = run("1");
    assert!(one.contains(":duplicate:"), "{one}");
    for j in ["2", "8"] {
        assert_eq!(run(j), one, "-j {j}");
    }
}

#[test]
fn readability_and_figure_rules_exit_status() {
    // readability-grade is a warning; figure-without-source a suggestion.
    let r = "rules/readability-grade.txt";
    assert_eq!(code(&check(&[r])), 0);
    assert_eq!(code(&check(&["--fail-level", "warning", r])), 1);
    let f = "rules/figure-without-source.txt";
    assert_eq!(code(&check(&["--fail-level", "warning", f])), 0);
    assert_eq!(code(&check(&["--fail-level", "suggestion", f])), 1);
}

#[test]
fn json_and_ndjson() {
    let out = check(&["--format", "json", "clean", "rules"]);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["files"], 18);
    let alerts = doc["alerts"].as_array().unwrap();
    for a in alerts {
        for key in ["rule", "level", "path", "line", "column", "message"] {
            assert!(!a[key].is_null(), "{key} in {a}");
        }
    }
    let errors = alerts.iter().filter(|a| a["level"] == "error").count();
    assert_eq!(doc["summary"]["error"], errors);
    assert_eq!(doc["summary"]["files"], 18);
    assert_eq!(doc["errors"], Value::Array(vec![]));

    let out = check(&["--format", "ndjson", "clean", "rules"]);
    let lines: Vec<Value> = common::stdout(&out)
        .lines()
        .map(|l| {
            assert!(l.starts_with("{\"type\":"), "{l}");
            serde_json::from_str(l).unwrap()
        })
        .collect();
    assert_eq!(lines.len(), alerts.len() + 1);
    assert!(lines[..alerts.len()].iter().all(|l| l["type"] == "alert"));
    assert_eq!(lines[0]["rule"], alerts[0]["rule"]);
    let last = lines.last().unwrap();
    assert_eq!(
        (&last["type"], &last["files"]),
        (&Value::from("summary"), &Value::from(18))
    );
}

#[test]
fn github_annotations() {
    let out = check(&[
        "--format",
        "github",
        "rules/truncated.txt",
        "rules/long-sentence.txt",
        "nope.txt",
    ]);
    assert_eq!(code(&out), 2);
    let text = common::stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with(
        "::error file=rules/truncated.txt,line=15,col=1,title=truncated::article is cut off"
    ));
    assert!(lines[1].starts_with(
        "::notice file=rules/long-sentence.txt,line=7,col=1,title=long-sentence::sentence has 55 words"
    ));
    assert_eq!(
        lines[2],
        "::error file=nope.txt,title=unreadable::no such file or directory"
    );
}

#[test]
fn sarif_validates_against_the_2_1_0_schema() {
    let schema_path = common::root().join("tests/schema/sarif-2.1.0.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(&schema_path).unwrap()).unwrap();
    let mut compiler = boon::Compiler::new();
    let mut schemas = boon::Schemas::new();
    let url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    compiler.add_resource(url, schema).unwrap();
    let index = compiler.compile(url, &mut schemas).unwrap();

    let out = check(&["--format", "sarif", "clean", "rules", "missing.txt"]);
    assert_eq!(code(&out), 2);
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    if let Err(e) = schemas.validate(&log, index) {
        panic!("SARIF output is not valid: {e:#}");
    }
    let run = &log["runs"][0];
    assert_eq!(
        run["tool"]["driver"]["rules"].as_array().unwrap().len(),
        rule_ids().len()
    );
    let results = run["results"].as_array().unwrap();
    let line = check(&["--format", "line", "clean", "rules"]);
    assert_eq!(results.len(), common::stdout(&line).lines().count());
    let r = results.iter().find(|r| r["ruleId"] == "truncated").unwrap();
    assert_eq!(r["level"], "error");
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "rules/truncated.txt");
    assert_eq!(loc["region"]["startLine"], 15);
    let notes = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);

    // A run with nothing to report is valid too.
    let out = check(&["--format", "sarif", "clean"]);
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(schemas.validate(&log, index).is_ok());
}

#[test]
fn text_is_grouped_by_file_and_coloured_only_when_asked() {
    let out = check(&["rules/too-short.txt", "rules/truncated.txt"]);
    let text = common::stdout(&out);
    assert!(!text.contains('\x1b'), "NO_COLOR is set by the test runner");
    assert!(
        text.starts_with("rules/too-short.txt\n  5:1  warning     body has 46 words"),
        "{text}"
    );
    assert!(text.contains("\n\nrules/truncated.txt\n  15:1  error       article is cut off"));
    assert!(
        text.ends_with("1 error, 1 warning and 0 suggestions in 2 files\n"),
        "{text}"
    );
    let coloured = check(&["--color", "always", "rules/truncated.txt"]);
    assert!(common::stdout(&coloured).contains("\x1b[31merror"));
}

#[test]
fn seeds_pass_with_the_repository_config() {
    let out = common::run(&["check", "--format", "line", "seeds/"]);
    assert_eq!(code(&out), 0, "{}", common::stderr(&out));
    let text = common::stdout(&out);
    assert!(
        text.contains("seeds/000_999aaa54e97a1068.txt:17:1:warning:truncated:"),
        "{text}"
    );
    // Without the repository's override the paywalled seed fails the run.
    let out = common::run(&[
        "check",
        "--config",
        "tests/fixtures/check/cio-digest.toml",
        "seeds/",
    ]);
    assert_eq!(code(&out), 1);
}

#[test]
fn rules_listing_and_readme_table() {
    let out = common::run(&["rules"]);
    let text = common::stdout(&out);
    for id in rule_ids() {
        assert!(text.contains(&id), "{id}");
    }
    assert!(text.starts_with("config: cio-digest.toml\n"), "{text}");
    let off = common::run(&["rules", "--disable", "long-sentence"]);
    assert!(common::stdout(&off).contains("long-sentence          off"));

    let table = common::stdout(&common::run(&["rules", "--format", "markdown"]));
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    assert!(
        readme.contains(&table),
        "README's rules table is out of date; paste `cio-digest rules --format markdown`:\n{table}"
    );
}
