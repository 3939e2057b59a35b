//! `cio-digest.toml`: rule levels and thresholds, with per-folder overrides.
//!
//! ```toml
//! min_level = "suggestion"        # hide alerts below this level
//! fail_level = "error"            # exit 1 on alerts at or above this level
//!
//! [rules]
//! missing-author = "off"          # a level, or "off"
//! long-sentence = { level = "warning", max_words = 35 }
//!
//! [[overrides]]                   # later entries win
//! paths = ["briefs/**"]           # globs, relative to this file's folder
//! rules = { too-short = "off" }
//! ```
//!
//! Layers, each over the one before: rule defaults, `[rules]`, every matching
//! `[[overrides]]` entry in order, then `--enable`/`--disable`. Unknown keys and
//! bad values are errors naming the file, line and column.

use super::rules;
use super::{Level, ParamKind, Rule};
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// The file name looked for in the current folder and its parents.
pub const FILE_NAME: &str = "cio-digest.toml";

/// A rule's thresholds by name; every declared parameter has a value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Params(BTreeMap<&'static str, f64>);

impl Params {
    /// The value of a declared parameter.
    pub fn get(&self, name: &str) -> f64 {
        let v = self.0.get(name).copied();
        debug_assert!(v.is_some(), "undeclared parameter {name}");
        v.unwrap_or(0.0)
    }

    /// A [`ParamKind::Count`] parameter.
    pub fn count(&self, name: &str) -> usize {
        self.get(name) as usize
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, f64)> + '_ {
        self.0.iter().map(|(k, v)| (*k, *v))
    }
}

/// How one rule runs for one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Setting {
    /// The configured level, kept while the rule is off so `--enable` restores it.
    pub level: Level,
    pub enabled: bool,
    pub params: Params,
}

impl Setting {
    /// The level alerts get, or `None` when the rule is off.
    pub fn active(&self) -> Option<Level> {
        self.enabled.then_some(self.level)
    }
}

/// Settings of every rule, by id.
pub type Settings = BTreeMap<&'static str, Setting>;

/// A change to one rule's setting from the file.
#[derive(Debug, Clone, Default)]
struct Change {
    /// `Some(None)` turns the rule off.
    level: Option<Option<Level>>,
    params: Vec<(&'static str, f64)>,
}

impl Change {
    fn apply(&self, s: &mut Setting) {
        match self.level {
            Some(Some(l)) => {
                s.level = l;
                s.enabled = true;
            }
            Some(None) => s.enabled = false,
            None => {}
        }
        for (k, v) in &self.params {
            s.params.0.insert(k, *v);
        }
    }
}

#[derive(Debug, Clone)]
struct Override {
    globs: GlobSet,
    changes: Vec<(&'static str, Change)>,
}

/// The resolved configuration of a check run.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file it was read from, if any.
    pub path: Option<PathBuf>,
    pub min_level: Level,
    pub fail_level: Level,
    base: Settings,
    overrides: Vec<Override>,
    /// Absolute folder the override globs are relative to.
    root: PathBuf,
    /// `--enable` (true) and `--disable` (false), over everything else.
    forced: BTreeMap<&'static str, bool>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            path: None,
            min_level: Level::Suggestion,
            fail_level: Level::Error,
            base: rules::ALL
                .iter()
                .map(|r| (r.id(), default_setting(*r)))
                .collect(),
            overrides: Vec::new(),
            root: PathBuf::new(),
            forced: BTreeMap::new(),
        }
    }
}

pub(crate) fn default_setting(r: &dyn Rule) -> Setting {
    Setting {
        level: r.level(),
        enabled: true,
        params: Params(r.params().iter().map(|p| (p.name, p.default)).collect()),
    }
}

/// A config file that could not be read or is not valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    /// (line, column, message); line 0 when the problem is the file as a whole.
    pub problems: Vec<(usize, usize, String)>,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, (line, col, msg)) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            match line {
                0 => write!(f, "{}: {msg}", self.path)?,
                _ => write!(f, "{}:{line}:{col}: {msg}", self.path)?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}

/// `cio-digest.toml` in `start` or the nearest parent that has one.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

impl Config {
    /// Reads and validates a config file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            path: shown.clone(),
            problems: vec![(0, 0, crate::read::io_message(&e))],
        })?;
        let mut c = Config::parse(&text, &shown)?;
        c.root = normalize(path)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        c.path = Some(path.to_path_buf());
        Ok(c)
    }

    /// Parses config text; `shown` names the file in errors. Override globs
    /// are relative to the current folder until [`Config::load`] sets the file's.
    pub fn parse(text: &str, shown: &str) -> Result<Config, ConfigError> {
        let mut p = Parser {
            text,
            problems: Vec::new(),
        };
        let mut c = Config {
            root: normalize(Path::new(".")),
            ..Config::default()
        };
        match DeTable::parse(text) {
            Ok(doc) => p.document(doc.get_ref(), &mut c),
            Err(e) => {
                let (line, col) = e.span().map_or((0, 0), |s| p.line_col(s.start));
                let msg = e.message().trim().to_string();
                p.problems.push((line.max(1), col.max(1), msg));
            }
        }
        if p.problems.is_empty() {
            Ok(c)
        } else {
            p.problems.sort();
            Err(ConfigError {
                path: shown.to_string(),
                problems: p.problems,
            })
        }
    }

    /// Settings before any per-path override.
    pub fn base(&self) -> &Settings {
        &self.base
    }

    /// Settings for one file: the base with every matching override applied.
    pub fn settings_for(&self, path: &str) -> Cow<'_, Settings> {
        if self.overrides.is_empty() {
            return Cow::Borrowed(&self.base);
        }
        let abs = normalize(Path::new(path));
        let Ok(rel) = abs.strip_prefix(&self.root) else {
            return Cow::Borrowed(&self.base);
        };
        let mut out = Cow::Borrowed(&self.base);
        for o in self.overrides.iter().filter(|o| o.globs.is_match(rel)) {
            let s = out.to_mut();
            for (id, change) in &o.changes {
                if let Some(setting) = s.get_mut(id) {
                    change.apply(setting);
                }
            }
        }
        if let Cow::Owned(s) = &mut out {
            for (id, on) in &self.forced {
                if let Some(setting) = s.get_mut(id) {
                    setting.enabled = *on;
                }
            }
        }
        out
    }

    /// `--enable RULE` (`on`) or `--disable RULE`: wins over the file.
    pub fn force(&mut self, id: &str, on: bool) -> Result<(), String> {
        let Some(rule) = rules::find(id) else {
            return Err(unknown_rule(id));
        };
        if self.forced.get(rule.id()).is_some_and(|&was| was != on) {
            return Err(format!("rule {id} is both enabled and disabled"));
        }
        self.forced.insert(rule.id(), on);
        if let Some(s) = self.base.get_mut(rule.id()) {
            s.enabled = on;
        }
        Ok(())
    }
}

fn unknown_rule(id: &str) -> String {
    let close = rules::ALL
        .iter()
        .map(|r| r.id())
        .find(|known| similar(id, known));
    match close {
        Some(k) => format!("unknown rule {id:?} (did you mean {k}?)"),
        None => format!("unknown rule {id:?} (`cio-digest rules` lists them)"),
    }
}

/// Same after dropping a trailing "s", or one edit apart (a typo).
fn similar(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    let suffix = short[prefix..]
        .iter()
        .rev()
        .zip(long[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    long.len() - prefix - suffix <= 1 && short.len() - prefix - suffix <= 1
}

/// An absolute path with `.` and `..` resolved lexically (symlinks are not followed).
fn normalize(p: &Path) -> PathBuf {
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// "an integer", "a table": for messages.
fn kind_of(v: &DeValue) -> &'static str {
    match v {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

type Table<'i> = DeTable<'i>;
type Value<'i> = Spanned<DeValue<'i>>;

/// Walks the parsed TOML, collecting every problem with its position.
struct Parser<'t> {
    text: &'t str,
    problems: Vec<(usize, usize, String)>,
}

impl Parser<'_> {
    fn line_col(&self, byte: usize) -> (usize, usize) {
        let before = &self.text[..crate::model::floor_char_boundary(self.text, byte)];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, col)
    }

    fn problem(&mut self, at: std::ops::Range<usize>, msg: String) {
        let (line, col) = self.line_col(at.start);
        self.problems.push((line, col, msg));
    }

    fn document(&mut self, doc: &Table, c: &mut Config) {
        for (key, value) in doc.iter() {
            match key.get_ref().as_ref() {
                "min_level" => {
                    if let Some(l) = self.level(value, false) {
                        c.min_level = l.unwrap_or(Level::Suggestion);
                    }
                }
                "fail_level" => {
                    if let Some(l) = self.level(value, false) {
                        c.fail_level = l.unwrap_or(Level::Error);
                    }
                }
                "rules" => {
                    for (id, change) in self.rules(value) {
                        if let Some(s) = c.base.get_mut(id) {
                            change.apply(s);
                        }
                    }
                }
                "overrides" => self.overrides(value, c),
                k => self.problem(
                    key.span(),
                    format!(
                        "unknown key {k:?} (expected min_level, fail_level, rules or overrides)"
                    ),
                ),
            }
        }
    }

    /// A level name; "off" (as `Some(None)`) only when `off` is allowed.
    fn level(&mut self, v: &Value, off: bool) -> Option<Option<Level>> {
        let expected = if off {
            "\"suggestion\", \"warning\", \"error\" or \"off\""
        } else {
            "\"suggestion\", \"warning\" or \"error\""
        };
        match v.get_ref().as_str() {
            Some("off") if off => Some(None),
            Some(s) => match s.parse::<Level>() {
                Ok(l) => Some(Some(l)),
                Err(_) => {
                    self.problem(
                        v.span(),
                        format!("unknown level {s:?} (expected {expected})"),
                    );
                    None
                }
            },
            None => {
                self.problem(
                    v.span(),
                    format!(
                        "expected a level ({expected}), found {}",
                        kind_of(v.get_ref())
                    ),
                );
                None
            }
        }
    }

    /// A `rules` table: rule id -> level string or table of level and parameters.
    fn rules(&mut self, v: &Value) -> Vec<(&'static str, Change)> {
        let Some(table) = v.get_ref().as_table() else {
            self.problem(v.span(), "`rules` must be a table of rule ids".into());
            return Vec::new();
        };
        let mut out = Vec::new();
        for (key, value) in table.iter() {
            let id = key.get_ref().as_ref();
            let Some(rule) = rules::find(id) else {
                self.problem(key.span(), unknown_rule(id));
                continue;
            };
            let mut change = Change::default();
            match value.get_ref() {
                DeValue::String(_) => change.level = self.level(value, true),
                DeValue::Table(t) => {
                    for (k, pv) in t.iter() {
                        let name = k.get_ref().as_ref();
                        if name == "level" {
                            change.level = self.level(pv, true);
                        } else if let Some(p) = rule.params().iter().find(|p| p.name == name) {
                            if let Some(x) = self.param(pv, p.kind) {
                                change.params.push((p.name, x));
                            }
                        } else {
                            let known: Vec<&str> = std::iter::once("level")
                                .chain(rule.params().iter().map(|p| p.name))
                                .collect();
                            self.problem(
                                k.span(),
                                format!(
                                    "unknown key {name:?} for rule {} (expected {})",
                                    rule.id(),
                                    known.join(", ")
                                ),
                            );
                        }
                    }
                }
                other => self.problem(
                    value.span(),
                    format!(
                        "rule {} must be a level, \"off\" or a table, found {}",
                        rule.id(),
                        kind_of(other)
                    ),
                ),
            }
            out.push((rule.id(), change));
        }
        out
    }

    fn param(&mut self, v: &Value, kind: ParamKind) -> Option<f64> {
        let x = match v.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                .ok()
                .map(|n| n as f64),
            DeValue::Float(f) => f.as_str().parse::<f64>().ok().filter(|x| x.is_finite()),
            _ => None,
        };
        let ok = match (kind, x, v.get_ref()) {
            (ParamKind::Count, Some(x), DeValue::Integer(_)) => x >= 0.0,
            (ParamKind::Share, Some(x), _) => (0.0..=1.0).contains(&x),
            _ => false,
        };
        if ok {
            return x;
        }
        let want = match kind {
            ParamKind::Count => "a whole number, 0 or more",
            ParamKind::Share => "a number from 0 to 1",
        };
        let span = v.span();
        let found = self.text.get(span.clone()).unwrap_or("").trim().to_string();
        self.problem(span, format!("expected {want}, found {found}"));
        None
    }

    fn overrides(&mut self, v: &Value, c: &mut Config) {
        let Some(list) = v.get_ref().as_array() else {
            self.problem(
                v.span(),
                "`overrides` must be an array of tables ([[overrides]])".into(),
            );
            return;
        };
        for entry in list.iter() {
            let Some(t) = entry.get_ref().as_table() else {
                self.problem(entry.span(), "each override must be a table".into());
                continue;
            };
            let mut globs = None;
            let mut changes = Vec::new();
            for (key, value) in t.iter() {
                match key.get_ref().as_ref() {
                    "paths" => globs = self.globs(value),
                    "rules" => changes = self.rules(value),
                    k => self.problem(
                        key.span(),
                        format!("unknown key {k:?} in an override (expected paths or rules)"),
                    ),
                }
            }
            match globs {
                Some(globs) => c.overrides.push(Override { globs, changes }),
                None if !t.contains_key("paths") => self.problem(
                    entry.span(),
                    "override without `paths` (globs of the files it applies to)".into(),
                ),
                None => {}
            }
        }
    }

    /// `paths`: a glob or an array of globs; `*` stops at `/`, `**` does not.
    fn globs(&mut self, v: &Value) -> Option<GlobSet> {
        let items: Vec<&Value> = match v.get_ref() {
            DeValue::String(_) => vec![v],
            DeValue::Array(a) => a.iter().collect(),
            _ => Vec::new(),
        };
        if items.is_empty() {
            self.problem(
                v.span(),
                "`paths` must be a glob or an array of globs".into(),
            );
            return None;
        }
        let mut b = GlobSetBuilder::new();
        let mut ok = true;
        for item in items {
            let Some(pattern) = item.get_ref().as_str() else {
                self.problem(item.span(), "a glob must be a string".into());
                ok = false;
                continue;
            };
            let pattern = pattern.trim_start_matches("./");
            match GlobBuilder::new(pattern).literal_separator(true).build() {
                Ok(g) => {
                    b.add(g);
                }
                Err(e) => {
                    self.problem(
                        item.span(),
                        format!("invalid glob {pattern:?}: {}", e.kind()),
                    );
                    ok = false;
                }
            }
        }
        if !ok {
            return None;
        }
        match b.build() {
            Ok(set) => Some(set),
            Err(e) => {
                self.problem(v.span(), e.to_string());
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<String> {
        match Config::parse(text, "c.toml") {
            Ok(_) => Vec::new(),
            Err(e) => e.to_string().lines().map(String::from).collect(),
        }
    }

    #[test]
    fn levels_params_and_overrides() {
        let c = Config::parse(
            "fail_level = \"warning\"\n\
             [rules]\n\
             missing-author = \"off\"\n\
             long-sentence = { level = \"warning\", max_words = 30 }\n\
             [[overrides]]\n\
             paths = [\"briefs/**\"]\n\
             rules = { too-short = \"off\", missing-author = \"error\" }\n",
            "c.toml",
        )
        .unwrap();
        assert_eq!(c.fail_level, Level::Warning);
        let base = c.base();
        assert_eq!(base["missing-author"].active(), None);
        assert_eq!(base["long-sentence"].active(), Some(Level::Warning));
        assert_eq!(base["long-sentence"].params.count("max_words"), 30);
        let brief = c.settings_for("briefs/2024/a.txt");
        assert_eq!(brief["too-short"].active(), None);
        assert_eq!(brief["missing-author"].active(), Some(Level::Error));
        let other = c.settings_for("news/a.txt");
        assert!(other["too-short"].active().is_some());
        assert!(matches!(c.settings_for("./briefs/x.txt"), Cow::Owned(_)));
    }

    #[test]
    fn cli_forcing_wins() {
        let mut c = Config::parse(
            "[rules]\nmissing-author = \"off\"\n[[overrides]]\npaths = \"*.txt\"\nrules.truncated = \"off\"\n",
            "c.toml",
        )
        .unwrap();
        c.force("missing-author", true).unwrap();
        c.force("truncated", true).unwrap();
        assert_eq!(
            c.settings_for("a.txt")["missing-author"].active(),
            Some(Level::Warning)
        );
        assert!(c.settings_for("a.txt")["truncated"].active().is_some());
        assert!(c.force("truncated", false).unwrap_err().contains("both"));
        assert!(c
            .force("long-sentences", false)
            .unwrap_err()
            .contains("did you mean long-sentence"));
    }

    #[test]
    fn every_bad_key_and_value_is_named_with_its_line() {
        let errs = errors(
            "fail_level = \"fatal\"\n\
             colour = true\n\
             [rules]\n\
             long-sentences = \"off\"\n\
             too-short = { min_words = -5, level = \"loud\" }\n\
             quote-heavy = { max_share = 1.5 }\n\
             title-length = { max_chars = 10 }\n\
             [[overrides]]\n\
             rules = { truncated = 3 }\n",
        );
        let want = [
            "c.toml:1:14: unknown level \"fatal\"",
            "c.toml:2:1: unknown key \"colour\"",
            "c.toml:4:1: unknown rule \"long-sentences\" (did you mean long-sentence?)",
            "c.toml:5:27: expected a whole number, 0 or more, found -5",
            "c.toml:5:39: unknown level \"loud\"",
            "c.toml:6:29: expected a number from 0 to 1, found 1.5",
            "c.toml:7:18: unknown key \"max_chars\" for rule title-length",
            "c.toml:8:1: override without `paths`",
            "c.toml:9:23: rule truncated must be a level, \"off\" or a table, found an integer",
        ];
        assert_eq!(errs.len(), want.len(), "{errs:#?}");
        for (e, w) in errs.iter().zip(want) {
            assert!(e.starts_with(w), "{e:?} should start with {w:?}");
        }
    }

    #[test]
    fn syntax_errors_have_a_line() {
        let errs = errors("[rules]\nmissing-title = \n");
        assert_eq!(errs.len(), 1);
        assert!(errs[0].starts_with("c.toml:2:"), "{errs:?}");
    }

    #[test]
    fn typo_distance() {
        assert!(similar("long-sentences", "long-sentence"));
        assert!(similar("missing-autor", "missing-author"));
        assert!(similar("encodng", "encoding"));
        assert!(!similar("author", "missing-author"));
    }
}
