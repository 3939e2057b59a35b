//! Command-line flags (clap) and their translation into plain settings.

use cio_digest::check::config::{self, Config};
use cio_digest::check::Level;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  cio-digest summarize seeds/
  cio-digest summarize --format ndjson corpus/ | jq 'select(.type==\"article\") | .title'
  git diff --name-only | cio-digest summarize -
  cio-digest check --fail-level warning articles/
  cio-digest rules

Exit status:
  0  every file was analysed
  2  a file could not be read (it is named on stderr and in the output's errors),
     or the command line was wrong";

/// Walks folders of scraped articles and turns each into structured data.
#[derive(Debug, Parser)]
#[command(name = "cio-digest", version, about, after_long_help = EXAMPLES, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse articles and print a digest of each and of the corpus.
    #[command(after_help = EXAMPLES)]
    Summarize(SummarizeArgs),
    /// Check articles against the rules, for CI: exit 1 on alerts at or above --fail-level.
    #[command(after_long_help = CHECK_HELP, after_help = CHECK_HELP)]
    Check(CheckArgs),
    /// List the check rules with their levels, thresholds and descriptions.
    Rules(RulesArgs),
}

const CHECK_HELP: &str = "\
Examples:
  cio-digest check seeds/
  cio-digest check --format github --fail-level warning articles/
  git diff --name-only --diff-filter=AM origin/main... -- '*.txt' | cio-digest check -

Exit status:
  0  no alert at or above --fail-level
  1  some alert at or above --fail-level
  2  a file could not be read, or the command line or the config file is wrong";

/// Flags shared by every command that reads a corpus.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files and folders to analyse (folders are walked recursively in sorted
    /// order). `-` reads a newline-separated list of paths from standard input.
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// File extensions to take when walking folders (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', default_value = "txt,md")]
    pub ext: Vec<String>,

    /// Glob(s) of files to take when walking folders, instead of --ext (e.g. '**/2024-*.txt').
    #[arg(long)]
    pub glob: Vec<String>,

    /// Walk hidden files and folders too.
    #[arg(long)]
    pub hidden: bool,

    /// Worker threads (default: one per core). Output is identical for any value.
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,

    /// Print no warnings or errors on stderr (they still appear in the output's errors).
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct SummarizeArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// When to colour text output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,

    /// Sentences in each article's extractive summary.
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub sentences: usize,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub rules: RuleArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,

    /// When to colour text output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,

    /// Show only alerts at or above this level: suggestion, warning or error
    /// (default: the config's min_level, else suggestion). Hidden alerts never fail.
    #[arg(long, value_name = "LEVEL", value_parser = parse_level)]
    pub min_level: Option<Level>,

    /// Exit 1 when an alert is at or above this level: suggestion, warning or
    /// error (default: the config's fail_level, else error).
    #[arg(long, value_name = "LEVEL", value_parser = parse_level)]
    pub fail_level: Option<Level>,

    /// An existing corpus (files or folders) that rules comparing articles with
    /// each other look at without checking it.
    #[arg(long, value_name = "DIR")]
    pub against: Vec<PathBuf>,
}

/// Which rules run, and how: shared by `check` and `rules`.
#[derive(Debug, Args)]
pub struct RuleArgs {
    /// Config file (default: cio-digest.toml in the current folder or the
    /// nearest parent that has one).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Turn a rule off (comma-separated or repeated); wins over the config file.
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub disable: Vec<String>,

    /// Turn a rule on that the config file turned off (comma-separated or repeated).
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub enable: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(flatten)]
    pub rules: RuleArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    pub format: RulesFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Alerts grouped by file, coloured on a terminal.
    Text,
    /// One alert per line: path:line:column:level:rule:message.
    Line,
    /// One JSON document: {version, files, alerts, errors, summary}.
    Json,
    /// One JSON object per line, each with a "type": alert, error, summary.
    Ndjson,
    /// GitHub Actions workflow commands, shown inline on pull requests.
    Github,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// A table with thresholds.
    Text,
    /// JSON: [{id, level, enabled, description, rationale, params}].
    Json,
    /// The README's rules table.
    Markdown,
}

fn parse_level(s: &str) -> Result<Level, String> {
    s.parse()
}

impl RuleArgs {
    /// Defaults < the config file < --disable/--enable.
    pub fn config(&self) -> anyhow::Result<Config> {
        let path = match &self.config {
            Some(p) => Some(p.clone()),
            None => {
                let cwd = std::env::current_dir()?;
                config::discover(&cwd).map(|p| p.strip_prefix(&cwd).map(PathBuf::from).unwrap_or(p))
            }
        };
        let mut c = match path {
            Some(p) => Config::load(&p)?,
            None => Config::default(),
        };
        for id in &self.disable {
            c.force(id, false).map_err(anyhow::Error::msg)?;
        }
        for id in &self.enable {
            c.force(id, true).map_err(anyhow::Error::msg)?;
        }
        Ok(c)
    }
}

impl CheckArgs {
    /// The rule config with the level flags applied.
    pub fn config(&self) -> anyhow::Result<Config> {
        let mut c = self.rules.config()?;
        if let Some(l) = self.min_level {
            c.min_level = l;
        }
        if let Some(l) = self.fail_level {
            c.fail_level = l;
        }
        Ok(c)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A readable digest per article and corpus totals.
    Text,
    /// One JSON document: {version, articles, corpus, errors}.
    Json,
    /// One JSON object per line, each with a "type": article, error, corpus.
    Ndjson,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

impl InputArgs {
    /// The roots to walk: the paths given, with `-` replaced by the paths read from stdin.
    pub fn roots(&self) -> std::io::Result<Vec<PathBuf>> {
        let mut out = Vec::new();
        for p in &self.paths {
            if p.as_os_str() == "-" {
                for line in std::io::read_to_string(std::io::stdin())?.lines() {
                    let line = line.trim_end_matches('\r');
                    if !line.trim().is_empty() {
                        out.push(PathBuf::from(line));
                    }
                }
            } else {
                out.push(p.clone());
            }
        }
        Ok(out)
    }

    pub fn filter(&self) -> Result<cio_digest::walk::Filter, String> {
        let filter = cio_digest::walk::Filter {
            extensions: self
                .ext
                .iter()
                .map(|e| e.trim_start_matches('.').to_lowercase())
                .collect(),
            globs: None,
            hidden: self.hidden,
        };
        filter.with_globs(&self.glob)
    }

    pub fn threads(&self) -> usize {
        self.threads
            .filter(|&n| n > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
    }
}

impl Color {
    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    pub fn enabled(self) -> bool {
        use std::io::IsTerminal;
        match self {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }
}
