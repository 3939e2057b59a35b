//! `check`: rules over analysed articles, in the manner of a prose linter.
//!
//! Each rule (one file in [`rules`]) looks at one [`Subject`] (the decoded
//! document and its analysis) and reports [`Finding`]s. The [`Checker`] stamps
//! each finding with the rule id, the level configured for that file and the
//! path, making an [`Alert`]. Rules never pick levels or exit codes: the
//! [`config::Config`] sets levels per path, and [`Report::verdict`] decides the
//! exit status once, from the alerts.

pub mod config;
pub mod rules;

use crate::model::{Article, Document};
use crate::read::{FileError, ProblemLevel};
use crate::walk::Filter;
use config::{Config, Params};
use serde::Serialize;
use std::borrow::Cow;
use std::path::PathBuf;

/// How serious an alert is. Ordered: suggestion < warning < error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Suggestion,
    Warning,
    Error,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Suggestion, Level::Warning, Level::Error];

    pub fn name(self) -> &'static str {
        match self {
            Level::Suggestion => "suggestion",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

impl std::str::FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Level, String> {
        Level::ALL
            .into_iter()
            .find(|l| l.name() == s)
            .ok_or_else(|| format!("unknown level {s:?} (expected suggestion, warning or error)"))
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One problem found in one file. Lines and columns are 1-based; columns count
/// characters (Unicode code points).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alert {
    pub rule: &'static str,
    pub level: Level,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// What a rule reports: where, and what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// A threshold a rule reads from its [`Params`], with its default.
#[derive(Debug, Clone, Copy)]
pub struct Param {
    /// Key in the config file (snake_case).
    pub name: &'static str,
    pub kind: ParamKind,
    pub default: f64,
    pub help: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// A whole number, 0 or more.
    Count,
    /// A fraction from 0 to 1.
    Share,
}

/// What a rule is: its id, default level and documentation.
#[derive(Debug)]
pub struct Meta {
    /// Kebab-case id, as used in the config file and on the command line.
    pub id: &'static str,
    /// Default level.
    pub level: Level,
    /// One line: what the rule finds.
    pub description: &'static str,
    /// Why it matters (the README's rules table is generated from this).
    pub rationale: &'static str,
    pub params: &'static [Param],
}

/// One check. Implementations live one per file in [`rules`] and are listed in
/// [`rules::ALL`].
pub trait Rule: Sync {
    fn meta(&self) -> &'static Meta;
    /// Findings in one article.
    fn check(&self, s: &Subject, p: &Params, out: &mut Vec<Finding>);
    /// Rules that compare articles with each other (near-duplicates) return a
    /// collector for one run; it sees every article after the per-article checks.
    fn corpus(&self, _p: &Params) -> Option<Box<dyn CorpusCheck>> {
        None
    }
}

impl dyn Rule + '_ {
    pub fn id(&self) -> &'static str {
        self.meta().id
    }
    pub fn level(&self) -> Level {
        self.meta().level
    }
    pub fn description(&self) -> &'static str {
        self.meta().description
    }
    pub fn rationale(&self) -> &'static str {
        self.meta().rationale
    }
    pub fn params(&self) -> &'static [Param] {
        self.meta().params
    }
}

/// The per-run state of a rule that compares articles with each other.
pub trait CorpusCheck: Send {
    /// Called for every article in walk order: first the reference articles
    /// (`--against`, `reference` true, never reported), then the checked ones.
    fn add(&mut self, s: &Subject, reference: bool, out: &mut Vec<Finding>);
}

/// What a rule looks at: the decoded file and what the analysis found in it.
pub struct Subject<'a> {
    pub doc: &'a Document,
    pub article: &'a Article,
}

impl Subject<'_> {
    /// Line and column of a byte offset in the document.
    pub fn position(&self, byte: usize) -> (usize, usize) {
        self.doc.position(byte)
    }

    /// Column of a character offset known to lie on 1-based `line`.
    pub fn column(&self, line: usize, char_offset: usize) -> usize {
        let line_start = self
            .doc
            .lines
            .get(line.wrapping_sub(1))
            .map_or(0, |r| r.start);
        char_offset.saturating_sub(self.doc.char_offset(line_start)) + 1
    }

    /// Where the article starts: its title, else its first body block, else line 1.
    pub fn head(&self) -> (usize, usize) {
        let a = self.article;
        let line = a
            .title_line
            .or(a.blocks.first().map(|b| b.line))
            .unwrap_or(1);
        (line, self.indent(line))
    }

    /// Where the body starts: its first block, else the head.
    pub fn body_start(&self) -> (usize, usize) {
        match self.article.blocks.first() {
            Some(b) => (b.line, self.indent(b.line)),
            None => self.head(),
        }
    }

    /// Column of the first non-blank character of `line`.
    pub fn indent(&self, line: usize) -> usize {
        let text = self.doc.line(line);
        text.chars().take_while(|c| c.is_whitespace()).count() + 1
    }

    fn finding(&self, (line, column): (usize, usize), message: String) -> Finding {
        Finding {
            line,
            column,
            message,
        }
    }
}

/// Runs the enabled rules over articles, with the levels and thresholds the
/// configuration sets for each path.
pub struct Checker {
    config: Config,
    rules: Vec<&'static dyn Rule>,
}

impl Checker {
    pub fn new(config: Config) -> Checker {
        Checker {
            config,
            rules: rules::ALL.to_vec(),
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Alerts for one article, at or above the minimum level, in position order.
    pub fn check(&self, s: &Subject) -> Vec<Alert> {
        let settings = self.config.settings_for(&s.article.path);
        let mut alerts = Vec::new();
        let mut found = Vec::new();
        for &rule in &self.rules {
            let setting = setting(&settings, rule);
            let Some(level) = setting.active().filter(|&l| l >= self.config.min_level) else {
                continue;
            };
            rule.check(s, &setting.params, &mut found);
            alerts.extend(found.drain(..).map(|f| alert(rule.id(), level, s, f)));
        }
        sort(&mut alerts);
        alerts
    }

    /// Collectors of the enabled corpus rules, for one run.
    fn corpus_checks(&self) -> Vec<(&'static dyn Rule, Box<dyn CorpusCheck>)> {
        self.rules
            .iter()
            .filter_map(|&rule| {
                let setting = setting(self.config.base(), rule);
                setting.active()?;
                Some((rule, rule.corpus(&setting.params)?))
            })
            .collect()
    }
}

/// A rule's setting; a rule outside the table (in tests) runs with its defaults.
fn setting<'s>(settings: &'s config::Settings, rule: &dyn Rule) -> Cow<'s, config::Setting> {
    match settings.get(rule.id()) {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(config::default_setting(rule)),
    }
}

fn alert(rule: &'static str, level: Level, s: &Subject, f: Finding) -> Alert {
    Alert {
        rule,
        level,
        path: s.article.path.clone(),
        line: f.line,
        column: f.column,
        message: f.message,
    }
}

fn sort(alerts: &mut [Alert]) {
    alerts.sort_by(|a, b| (a.line, a.column, a.rule).cmp(&(b.line, b.column, b.rule)));
}

/// Everything a check run found: the data every output format prints.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    /// Files checked (read and analysed).
    pub files: usize,
    /// Alerts in walk order of their files, then by position.
    pub alerts: Vec<Alert>,
    /// Files that could not be read.
    pub errors: Vec<FileError>,
}

/// The outcome of a run, as an exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// No alert at or above the fail level.
    Pass,
    /// Some alert at or above the fail level.
    Fail,
    /// A file could not be read.
    Error,
}

impl Verdict {
    pub fn exit_code(self) -> u8 {
        match self {
            Verdict::Pass => 0,
            Verdict::Fail => 1,
            Verdict::Error => 2,
        }
    }
}

impl Report {
    pub fn verdict(&self, fail_level: Level) -> Verdict {
        if self.errors.iter().any(|e| e.level == ProblemLevel::Error) {
            Verdict::Error
        } else if self.alerts.iter().any(|a| a.level >= fail_level) {
            Verdict::Fail
        } else {
            Verdict::Pass
        }
    }

    /// Number of alerts at `level`.
    pub fn count(&self, level: Level) -> usize {
        self.alerts.iter().filter(|a| a.level == level).count()
    }
}

/// Where to look, and with what.
pub struct Inputs<'a> {
    pub roots: &'a [PathBuf],
    /// Reference corpus for the corpus rules; analysed, never reported.
    pub against: &'a [PathBuf],
    pub filter: &'a Filter,
    pub threads: usize,
}

/// Checks every file under the roots. `on_error` sees each unreadable file as
/// it is met (to report it at once); the report holds them all too.
pub fn run(checker: &Checker, inputs: &Inputs, mut on_error: impl FnMut(&FileError)) -> Report {
    let mut corpus = checker.corpus_checks();
    let mut report = Report::default();
    // (file index, alert): corpus findings come late and are sorted into place.
    let mut alerts: Vec<(usize, Alert)> = Vec::new();
    let mut found = Vec::new();
    if !corpus.is_empty() {
        analyse(checker, inputs, inputs.against, false, |r| match r {
            Ok((doc, article, _)) => {
                let s = Subject {
                    doc: &doc,
                    article: &article,
                };
                for (_, c) in &mut corpus {
                    c.add(&s, true, &mut found);
                    found.clear();
                }
            }
            Err(e) => {
                on_error(&e);
                report.errors.push(e);
            }
        });
    }
    analyse(checker, inputs, inputs.roots, true, |r| match r {
        Ok((doc, article, checked)) => {
            let file = report.files;
            report.files += 1;
            alerts.extend(checked.into_iter().map(|a| (file, a)));
            if corpus.is_empty() {
                return;
            }
            let s = Subject {
                doc: &doc,
                article: &article,
            };
            let settings = checker.config.settings_for(&article.path);
            for (rule, c) in &mut corpus {
                c.add(&s, false, &mut found);
                let level = setting(&settings, *rule)
                    .active()
                    .filter(|&l| l >= checker.config.min_level);
                match level {
                    Some(level) => alerts.extend(
                        found
                            .drain(..)
                            .map(|f| (file, alert(rule.id(), level, &s, f))),
                    ),
                    None => found.clear(),
                }
            }
        }
        Err(e) => {
            on_error(&e);
            report.errors.push(e);
        }
    });
    alerts.sort_by(|(fa, a), (fb, b)| {
        (fa, a.line, a.column, a.rule).cmp(&(fb, b.line, b.column, b.rule))
    });
    report.alerts = alerts.into_iter().map(|(_, a)| a).collect();
    report
}

type Analysed = (Document, Article, Vec<Alert>);

/// Reads and analyses every file under `roots` in parallel (running the
/// per-article rules when `check` is set) and hands the results to `sink` in
/// walk order.
fn analyse(
    checker: &Checker,
    inputs: &Inputs,
    roots: &[PathBuf],
    check: bool,
    mut sink: impl FnMut(Result<Analysed, FileError>),
) {
    let work = |doc: Document| {
        let article = crate::analyze(&doc);
        let alerts = if check {
            checker.check(&Subject {
                doc: &doc,
                article: &article,
            })
        } else {
            Vec::new()
        };
        (doc, article, alerts)
    };
    let sink = |r| {
        sink(r);
        Ok::<_, std::convert::Infallible>(None)
    };
    let progress = crate::pipeline::Progress::default();
    let _ = crate::pipeline::run_with(roots, inputs.filter, inputs.threads, &progress, work, sink);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A corpus rule for the plumbing: flags a title seen before in the run.
    struct SameTitle;

    struct Seen(Vec<String>);

    impl Rule for SameTitle {
        fn meta(&self) -> &'static Meta {
            &Meta {
                id: "same-title",
                level: Level::Warning,
                description: "test",
                rationale: "test",
                params: &[],
            }
        }
        fn check(&self, _s: &Subject, _p: &Params, _out: &mut Vec<Finding>) {}
        fn corpus(&self, _p: &Params) -> Option<Box<dyn CorpusCheck>> {
            Some(Box::new(Seen(Vec::new())))
        }
    }

    impl CorpusCheck for Seen {
        fn add(&mut self, s: &Subject, _reference: bool, out: &mut Vec<Finding>) {
            let title = s.article.title.clone().unwrap_or_default();
            if self.0.contains(&title) {
                out.push(s.finding(s.head(), format!("same title as before: {title}")));
            }
            self.0.push(title);
        }
    }

    #[test]
    fn corpus_rules_see_references_and_report_in_file_order() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, title: &str| {
            let p = dir.path().join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            let body = "The council approved the new budget on Tuesday after debate. ".repeat(20);
            std::fs::write(&p, format!("{title}\n\nBy Jane Doe\n\n{body}\n")).unwrap();
            p
        };
        write("old/a.txt", "Council approves the budget");
        write("new/b.txt", "Council approves the budget");
        write("new/c.txt", "Ferry stops in winter");
        write("new/d.txt", "Ferry stops in winter");
        let checker = Checker {
            config: Config::default(),
            rules: vec![&SameTitle, &Always],
        };
        let roots = [dir.path().join("new")];
        let against = [dir.path().join("old")];
        let filter = Filter::default();
        let inputs = Inputs {
            roots: &roots,
            against: &against,
            filter: &filter,
            threads: 2,
        };
        let report = run(&checker, &inputs, |_| {});
        assert_eq!(report.files, 3, "references are not counted");
        let got: Vec<(String, &str)> = report
            .alerts
            .iter()
            .map(|a| (a.path.rsplit('/').next().unwrap().to_string(), a.rule))
            .collect();
        assert_eq!(
            got,
            [
                ("b.txt".to_string(), "same-title"),
                ("b.txt".to_string(), "always"),
                ("c.txt".to_string(), "always"),
                ("d.txt".to_string(), "same-title"),
                ("d.txt".to_string(), "always"),
            ]
        );
        assert_eq!(report.verdict(Level::Error), Verdict::Pass);
        assert_eq!(report.verdict(Level::Warning), Verdict::Fail);
    }

    /// A per-article rule that fires once in every article, on its body.
    struct Always;

    impl Rule for Always {
        fn meta(&self) -> &'static Meta {
            &Meta {
                id: "always",
                level: Level::Suggestion,
                description: "test",
                rationale: "test",
                params: &[],
            }
        }
        fn check(&self, s: &Subject, _p: &Params, out: &mut Vec<Finding>) {
            out.push(s.finding((5, 1), "body".into()));
        }
    }
}
