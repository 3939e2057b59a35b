//! The `cio-digest` binary: flags in, report out, exit status.

mod cli;
mod progress;
mod report;

use clap::Parser;
use cli::{Cli, Command};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cio-digest: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Summarize(args) => summarize(&args),
        Command::Check(args) => check(&args),
        Command::Rules(args) => rules(&args),
    }
}

fn check(args: &cli::CheckArgs) -> anyhow::Result<ExitCode> {
    use cio_digest::check;
    let config = args.config()?;
    let roots = args.input.roots()?;
    let filter = args.input.filter().map_err(anyhow::Error::msg)?;
    let inputs = check::Inputs {
        roots: &roots,
        against: &args.against,
        filter: &filter,
        threads: args.input.threads(),
    };
    let checker = check::Checker::new(config);
    let quiet = args.input.quiet;
    let report = check::run(&checker, &inputs, |e| {
        if !quiet {
            eprintln!("cio-digest: {e}");
        }
    });
    let verdict = report.verdict(checker.config().fail_level);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    report::check::write(
        &mut out,
        args.format,
        &report,
        checker.config(),
        args.color.enabled(),
    )?;
    out.flush()?;
    Ok(ExitCode::from(verdict.exit_code()))
}

fn rules(args: &cli::RulesArgs) -> anyhow::Result<ExitCode> {
    let config = args.rules.config()?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    report::check::rules(&mut out, args.format, &config)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn summarize(args: &cli::SummarizeArgs) -> anyhow::Result<ExitCode> {
    let roots = args.input.roots()?;
    let filter = args.input.filter().map_err(anyhow::Error::msg)?;
    let stdout = std::io::stdout().lock();
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, stdout);
    let mut printer = report::Printer::new(args.format, args.color.enabled(), args.input.quiet);
    printer.begin(&mut out)?;
    let settings = cio_digest::Settings {
        summary_sentences: args.sentences,
    };
    let counters = cio_digest::pipeline::Progress::default();
    let mut bar = progress::Bar::new(args.input.quiet);
    let result = cio_digest::pipeline::run(
        &roots,
        &filter,
        args.input.threads(),
        &settings,
        &counters,
        |o| {
            if writes_to_stderr(o) {
                bar.clear();
            }
            printer.add(&mut out, o)?;
            bar.tick(&counters);
            Ok::<(), std::io::Error>(())
        },
    );
    bar.clear();
    result?;
    let failed = printer.finish(&mut out)?;
    out.flush()?;
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Outcomes whose problems the printer reports on stderr.
fn writes_to_stderr(o: &cio_digest::pipeline::Outcome) -> bool {
    match o {
        cio_digest::pipeline::Outcome::Article(a) => !a.warnings.is_empty(),
        cio_digest::pipeline::Outcome::Error(_) => true,
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
