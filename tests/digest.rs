//! Summaries, key phrases, names and the corpus overview, through the binary.

mod common;

use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let out = common::run(args);
    assert!(out.status.success(), "{}", common::stderr(&out));
    common::json(&out)
}

#[test]
fn summary_length_follows_the_flag() {
    for (flag, want) in [("1", 1), ("2", 2), ("0", 0)] {
        let report = json(&[
            "summarize",
            "--format",
            "json",
            "--sentences",
            flag,
            "seeds/",
        ]);
        for a in report["articles"].as_array().unwrap() {
            let summary = a["summary"].as_array().unwrap();
            assert_eq!(summary.len(), want, "{}", a["path"]);
            for s in summary {
                assert!(s["line"].as_u64().unwrap() > 0);
            }
        }
    }
    let report = json(&["summarize", "--format", "json", "seeds/"]);
    for a in report["articles"].as_array().unwrap() {
        assert_eq!(a["summary"].as_array().unwrap().len(), 3);
        let keyphrases = a["keyphrases"].as_array().unwrap();
        assert!(!keyphrases.is_empty() && keyphrases.len() <= 10);
    }
}

/// Summary sentences are body sentences, quoted from the line they start on.
#[test]
fn summary_sentences_come_from_the_body() {
    let report = json(&["summarize", "--format", "json", "seeds/"]);
    for a in report["articles"].as_array().unwrap() {
        let path = a["path"].as_str().unwrap();
        let source = std::fs::read_to_string(common::root().join(path)).unwrap();
        let lines: Vec<&str> = source.lines().collect();
        let boilerplate = common::lines(a, "boilerplate");
        for s in a["summary"].as_array().unwrap() {
            let line = s["line"].as_u64().unwrap();
            let text = s["text"].as_str().unwrap();
            let first_words: String = text.chars().take(20).collect();
            assert!(
                lines[line as usize - 1].contains(&first_words),
                "{path}: {text}"
            );
            assert!(
                !boilerplate.contains(&line),
                "{path}: boilerplate in summary"
            );
        }
    }
}

#[test]
fn near_duplicates_are_paired_and_same_topic_stories_are_not() {
    let report = json(&[
        "summarize",
        "--format",
        "json",
        "tests/fixtures/near-duplicates/",
    ]);
    let groups = report["corpus"]["near_duplicates"].as_array().unwrap();
    assert_eq!(groups.len(), 1, "{groups:#?}");
    let names: Vec<&str> = groups[0]["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().rsplit('/').next().unwrap())
        .collect();
    assert_eq!(
        names,
        ["baths-closure-saved-again.txt", "baths-closure.txt"]
    );
    assert!(groups[0]["similarity"].as_f64().unwrap() >= 0.5);
}

#[test]
fn corpus_overview_fields() {
    let report = json(&["summarize", "--format", "json", "seeds/"]);
    let c = &report["corpus"];
    let words = &c["per_article"]["words"];
    assert!(words["min"].as_f64() <= words["median"].as_f64());
    assert!(words["median"].as_f64() <= words["max"].as_f64());
    assert_eq!(c["with_boilerplate"], 2);
    let grade = &c["per_article"]["consensus_grade"];
    assert_eq!(
        (grade["min"].as_f64(), grade["max"].as_f64()),
        (Some(13.3), Some(14.6))
    );
    let speakers = common::names(c, "top_speakers");
    assert_eq!(speakers[0], "Bruce Temkin");
    for key in [
        "top_people",
        "top_organizations",
        "top_keyphrases",
        "near_duplicates",
    ] {
        assert!(c[key].is_array(), "{key}");
    }
    let dir = tempfile::tempdir().unwrap();
    let out = common::run_in(dir.path(), &["summarize", "--format", "json", "."], "");
    assert!(out.status.success(), "{}", common::stderr(&out));
    let empty = common::json(&out);
    assert!(empty["corpus"]["per_article"]["words"].is_null());
    assert!(empty["corpus"]["per_article"]["consensus_grade"].is_null());
    assert_eq!(empty["corpus"]["top_people"], serde_json::json!([]));
}

#[test]
fn text_output_fits_80_columns() {
    let out = common::run(&["summarize", "seeds/", "tests/fixtures/near-duplicates/"]);
    assert!(out.status.success());
    let text = common::stdout(&out);
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line:?}");
    }
    for part in [
        "Summary",
        "Key phrases:",
        "People:",
        "Organisations:",
        "Near-duplicates:",
    ] {
        assert!(text.contains(part), "no {part}");
    }
}
