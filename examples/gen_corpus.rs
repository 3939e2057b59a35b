//! Writes a deterministic synthetic corpus of business-press articles, for benchmarks.
//!
//! Usage: `cargo run --release --example gen_corpus -- OUT_DIR SIZE [SEED]`
//! where SIZE is a byte count with an optional K, M or G suffix (`10M`, `1G`).
//!
//! The same size and seed always give the same files. Articles run from 200 to
//! 5,000 body words (log-uniform) and carry what scraped articles carry: a
//! title, often a dek, a byline and dateline, quotes with attributions, figures
//! (`$37.5 billion`, `76%`, `nine percent`), lists, related-link blocks,
//! newsletter promos, paywalls and footers. Some files are hard-wrapped, some
//! use CRLF, some are Windows-1252 or carry a BOM, and a few are binary. Files
//! go 1,000 to a folder (`s0000/000000.txt`). All wording is made up here.

use std::io::Write;
use std::path::{Path, PathBuf};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (out, size, seed) = match args.as_slice() {
        [out, size] => (out, size, "1"),
        [out, size, seed] => (out, size, seed.as_str()),
        _ => fail("usage: gen_corpus OUT_DIR SIZE[K|M|G] [SEED]"),
    };
    let target = parse_size(size).unwrap_or_else(|| fail(&format!("bad size {size:?}")));
    let seed: u64 = seed
        .parse()
        .unwrap_or_else(|_| fail(&format!("bad seed {seed:?}")));
    let (files, bytes) =
        generate(Path::new(out), target, seed).unwrap_or_else(|e| fail(&format!("{out}: {e}")));
    eprintln!("gen_corpus: {files} files, {bytes} bytes in {out}");
}

fn fail(msg: &str) -> ! {
    eprintln!("gen_corpus: {msg}");
    std::process::exit(2)
}

fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, mult) = match s.char_indices().last()? {
        (i, 'k' | 'K') => (&s[..i], 1 << 10),
        (i, 'm' | 'M') => (&s[..i], 1 << 20),
        (i, 'g' | 'G') => (&s[..i], 1 << 30),
        _ => (s, 1),
    };
    let n: f64 = num.parse().ok()?;
    (n > 0.0).then_some((n * mult as f64) as u64)
}

/// Writes files until `target` bytes are written; returns (files, bytes).
fn generate(out: &Path, target: u64, seed: u64) -> std::io::Result<(u64, u64)> {
    let mut rng = Rng::new(seed);
    let (mut files, mut bytes) = (0u64, 0u64);
    let mut text = String::with_capacity(64 << 10);
    while bytes < target {
        let dir = out.join(format!("s{:04}", files / 1000));
        if files % 1000 == 0 {
            std::fs::create_dir_all(&dir)?;
        }
        let path: PathBuf = dir.join(format!("{:06}.txt", files));
        text.clear();
        let data = if rng.chance(0.005) {
            binary(&mut rng)
        } else {
            Article::new(&mut rng).write(&mut rng, &mut text);
            encode(&mut rng, &text)
        };
        std::fs::File::create(&path)?.write_all(&data)?;
        files += 1;
        bytes += data.len() as u64;
    }
    Ok((files, bytes))
}

/// A binary file with a text name: an image header and noise with NUL bytes.
fn binary(rng: &mut Rng) -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    for _ in 0..rng.range(2_000, 40_000) {
        v.push(rng.next() as u8);
    }
    v
}

/// Line ends and encoding: most files LF UTF-8; some CRLF, BOM or Windows-1252.
fn encode(rng: &mut Rng, text: &str) -> Vec<u8> {
    let crlf = rng.chance(0.10);
    let text = if crlf {
        text.replace('\n', "\r\n")
    } else {
        text.to_string()
    };
    if rng.chance(0.04) {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        return bytes.into_owned();
    }
    if rng.chance(0.03) {
        let mut v = b"\xEF\xBB\xBF".to_vec();
        v.extend_from_slice(text.as_bytes());
        return v;
    }
    text.into_bytes()
}

/// xorshift64*: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // splitmix64 of the seed, so seeds 0, 1, 2 start far apart (and never at 0).
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `lo..hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo).max(1) as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.range(0, items.len())]
    }
}

const FIRST: &[&str] = &[
    "Jane",
    "Marcus",
    "Priya",
    "Tomas",
    "Aisha",
    "Daniel",
    "Mei",
    "Oluwaseun",
    "Claire",
    "Rafael",
    "Ingrid",
    "Samuel",
    "Keiko",
    "Liam",
    "Noor",
    "Hector",
    "Beatrice",
    "Viktor",
    "Amara",
    "Owen",
    "Lucia",
    "Dev",
    "Harriet",
    "Mateo",
    "Zofia",
    "Gareth",
    "Yusuf",
    "Elena",
    "Bram",
    "Fatima",
];
const LAST: &[&str] = &[
    "Doe",
    "Whitfield",
    "Raman",
    "Novak",
    "Okafor",
    "Brennan",
    "Lindqvist",
    "Castellano",
    "Hargreaves",
    "Tanaka",
    "Mbeki",
    "Sorensen",
    "Delacroix",
    "Albright",
    "Kowalczyk",
    "Pereira",
    "Fairbanks",
    "Ostrowski",
    "Nakamura",
    "Quintero",
    "Ashworth",
    "Vasquez",
    "Holloway",
    "Ferreira",
    "Abernathy",
    "Kim",
    "Moreau",
    "Galloway",
    "Idowu",
    "Stratton",
];
const COMPANY: &[&str] = &[
    "Acme",
    "Northwind Traders",
    "Globex",
    "Brightline Logistics",
    "Harbor Mutual",
    "Cobalt Health",
    "Veridian Foods",
    "Summit Retail Group",
    "Pinecrest Bank",
    "Ironbridge Manufacturing",
    "Lumen Energy",
    "Keystone Insurance",
    "BlueRiver Media",
    "Orchard Pharmaceuticals",
    "Tallgrass Telecom",
    "Meridian Airlines",
];
const FIRM: &[&str] = &[
    "Halvorsen Research",
    "the Temperley Group",
    "Quarry Analytics",
    "Bellwether Partners",
    "the Institute for Digital Work",
    "Crossfield Advisory",
];
const ROLE: &[&str] = &[
    "CIO",
    "chief technology officer",
    "CEO",
    "vice president of IT",
    "chief data officer",
    "head of infrastructure",
    "CISO",
    "director of enterprise architecture",
];
const TOPIC: &[&str] = &[
    "cloud migration",
    "data analytics",
    "cybersecurity",
    "customer experience",
    "digital transformation",
    "supply-chain software",
    "machine learning",
    "legacy modernization",
    "IT budgeting",
    "remote work",
    "vendor management",
    "mobile apps",
    "identity management",
    "data governance",
];
const TEAM: &[&str] = &[
    "the IT department",
    "business units",
    "the board",
    "frontline staff",
    "developers",
    "the security team",
    "procurement",
    "finance leaders",
];
const VERB: &[&str] = &[
    "rethink",
    "consolidate",
    "automate",
    "measure",
    "outsource",
    "prioritize",
    "fund",
    "simplify",
];
const NUMBER_WORD: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen",
    "twenty",
];
const MONTH: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Body sentences; `{x}` slots are filled by `fill`.
const SENTENCE: &[&str] = &[
    "Few organizations have a clear plan for {topic}, and fewer still know what it costs.",
    "At {co}, {team} spent most of last year trying to {verb} the way projects are approved.",
    "The shift toward {topic} has pushed many IT leaders to {verb} their portfolios.",
    "Spending on {topic} rose {pct} last year, according to {firm}.",
    "Just {word} percent of the {int} executives surveyed said their {topic} programs met expectations.",
    "{co} now spends {money} a year on {topic}, up from {money} three years ago.",
    "That is a sharp change from {year}, when {team} barely discussed {topic}.",
    "Analysts at {firm} expect the market for {topic} to reach {money} by {year}.",
    "The company cut its data-center footprint by {pct} while adding {int} new applications.",
    "Most of the savings came from contracts that {team} had renewed without review.",
    "Still, the results are uneven, and the gains often disappear once a pilot ends.",
    "Some of the work is mundane: inventories, contract reviews and long meetings with {team}.",
    "Others point out that {topic} rarely fails for technical reasons.",
    "The budget for the program was set at {money}, roughly {pct} of total IT spending.",
    "In a survey of {int} companies, {pct} said they planned to {verb} their approach to {topic} within {word} years.",
    "Critics say the numbers hide a simpler problem: nobody owns the outcome.",
    "Dr. {first} {last} of {firm} has tracked the trend since {year}.",
    "The U.S. market accounts for about {pct} of the total, with Europe a distant second.",
    "Revenue grew {pct} to {money} in the fourth quarter, the company reported.",
    "Is that enough? Not yet, by most accounts.",
    "The team meets every Tuesday at 9 a.m. to review what shipped and what slipped.",
    "Headcount in {team} fell from {int} to {int} over the same period.",
    "It took {word} months, two vendors and one false start before the system went live.",
    "Mr. {last} declined to say how much the project had cost so far.",
    "The rollout reached {int} stores in {word} weeks, faster than any earlier project.",
];

/// Direct-quote paragraphs: `{q}` is a quoted remark.
const QUOTE: &[&str] = &[
    "\u{201c}{q},\u{201d} says {first} {last}, {role} of {co}.",
    "\u{201c}{q},\u{201d} {first} {last}, {role} at {co}, said in an interview.",
    "\"{q},\" says {first} {last}, a managing partner at {firm}.",
    "\u{201c}{q}.\u{201d} That is how {first} {last}, {role} of {co}, sums it up.",
    "{first} {last}, {role} at {co}, put it bluntly: \u{201c}{q}.\u{201d}",
    "\u{201c}{q},\u{201d} {last} says. \u{201c}{q2}.\u{201d}",
    "According to {first} {last}, {role} of {co}, the lesson is simple. \u{201c}{q},\u{201d} {pron} said.",
];
const REMARK: &[&str] = &[
    "We stopped treating {topic} as a project and started treating it as a product",
    "The hardest part was never the technology, it was getting {team} in the same room",
    "If you can't measure it, you can't fund it",
    "We had {int} systems doing the same job, and nobody could tell me why",
    "Our customers don't care how the sausage is made",
    "You have to earn the right to talk about strategy",
    "Honestly, we underestimated how long {topic} would take",
    "Every dollar we save on infrastructure goes back into the product",
    "The board asks me about {topic} at every single meeting",
    "It's not magic, it's plumbing",
];

const TITLE: &[&str] = &[
    "{word_cap} Ways CIOs Can Get More From {topic_cap}",
    "How {co} Rebuilt Its IT Budget Around {topic_cap}",
    "Why {topic_cap} Projects Stall, and What to Do About It",
    "The CIO's Guide to {topic_cap} in {year}",
    "{co} Bets {money} on {topic_cap}",
    "What {team_cap} Get Wrong About {topic_cap}",
    "Inside {co}'s {topic_cap} Overhaul",
];
const DEK: &[&str] = &[
    "IT leaders who {verb} their approach to {topic} say the payoff comes faster than expected.",
    "A new survey suggests most companies are still guessing about {topic}.",
    "The retailer's technology chief explains what worked and what did not.",
    "Budgets are rising, but so are the expectations of the board.",
];
const LIST_ITEM: &[&str] = &[
    "Start with an inventory of every {topic} contract",
    "Name one owner for each outcome",
    "Measure adoption, not just delivery dates",
    "Give {team} a budget they control",
    "Retire one legacy system for every new one",
    "Publish the numbers every quarter",
    "Review vendor terms before renewal, not after",
];

impl Rng {
    fn person(&mut self) -> (&'static str, &'static str) {
        (self.pick(FIRST), self.pick(LAST))
    }
    fn money(&mut self) -> String {
        match self.range(0, 4) {
            0 => format!("${}.{} billion", self.range(1, 90), self.range(0, 10)),
            1 => format!("${} million", self.range(2, 900)),
            2 => format!("\u{a3}{}m", self.range(2, 500)),
            _ => format!("${},{:03}", self.range(1, 999), self.range(0, 1000)),
        }
    }
    fn percent(&mut self) -> String {
        match self.range(0, 3) {
            0 => format!("{}%", self.range(2, 98)),
            1 => format!("{}.{} percent", self.range(1, 60), self.range(0, 10)),
            _ => format!("{} percent", self.pick(NUMBER_WORD)),
        }
    }
}

/// Replaces each `{slot}` of `template` with a random filler, appending to `out`.
fn fill(rng: &mut Rng, template: &str, who: (&str, &str), out: &mut String) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let slot = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        match slot {
            "co" => out.push_str(rng.pick(COMPANY)),
            "firm" => out.push_str(rng.pick(FIRM)),
            "role" => out.push_str(rng.pick(ROLE)),
            "topic" => out.push_str(rng.pick(TOPIC)),
            "team" => out.push_str(rng.pick(TEAM)),
            "verb" => out.push_str(rng.pick(VERB)),
            "word" => out.push_str(rng.pick(NUMBER_WORD)),
            "first" => out.push_str(who.0),
            "last" => out.push_str(who.1),
            "pron" => out.push_str(if rng.chance(0.5) { "she" } else { "he" }),
            "int" => out.push_str(&rng.range(12, 4_000).to_string()),
            "year" => out.push_str(&rng.range(2008, 2031).to_string()),
            "money" => out.push_str(&rng.money()),
            "pct" => out.push_str(&rng.percent()),
            "q" | "q2" => {
                let r = rng.pick(REMARK);
                fill(rng, r, who, out);
            }
            "word_cap" | "topic_cap" | "team_cap" => {
                let src = match slot {
                    "word_cap" => NUMBER_WORD,
                    "topic_cap" => TOPIC,
                    _ => TEAM,
                };
                let w = rng.pick(src).trim_start_matches("the ");
                for (i, part) in w.split(' ').enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    let mut cs = part.chars();
                    if let Some(c) = cs.next() {
                        out.extend(c.to_uppercase());
                        out.push_str(cs.as_str());
                    }
                }
            }
            _ => {}
        }
    }
    out.push_str(rest);
}

/// The choices that shape one article.
struct Article {
    body_words: usize,
    wrapped: bool,
    rights_first: bool,
    dek: bool,
    byline: bool,
    paywall: bool,
    footer: bool,
}

impl Article {
    fn new(rng: &mut Rng) -> Article {
        // Log-uniform between 200 and 5,000 words: many short pieces, some long reads.
        let u = (rng.next() >> 11) as f64 / (1u64 << 53) as f64;
        let body_words = (200.0 * (25.0f64).powf(u)) as usize;
        Article {
            body_words,
            wrapped: rng.chance(0.25),
            rights_first: rng.chance(0.1),
            dek: rng.chance(0.7),
            byline: rng.chance(0.6),
            paywall: rng.chance(0.15),
            footer: rng.chance(0.6),
        }
    }

    fn write(&self, rng: &mut Rng, out: &mut String) {
        let author = rng.person();
        if self.rights_first {
            out.push_str("Reproduction permitted for personal use only. For reprints, contact the publisher.\n\n");
        }
        let t = rng.pick(TITLE);
        fill(rng, t, author, out);
        out.push_str("\n\n");
        if self.dek {
            let d = rng.pick(DEK);
            fill(rng, d, author, out);
            out.push_str("\n\n");
        }
        if self.byline {
            out.push_str(&format!("By {} {}\n", author.0, author.1));
            out.push_str(&format!(
                "{} {}, {}\n\n",
                rng.pick(MONTH),
                rng.range(1, 29),
                rng.range(2010, 2025)
            ));
        }
        let mut words = 0;
        let mut para = String::new();
        while words < self.body_words {
            para.clear();
            let roll = rng.range(0, 100);
            let is_list = (22..27).contains(&roll);
            if roll < 22 {
                let who = rng.person();
                let q = rng.pick(QUOTE);
                fill(rng, q, who, &mut para);
            } else if roll < 27 {
                self.list(rng, &mut para);
            } else if roll < 29 {
                para.push_str("Related: ");
                let t = rng.pick(TITLE);
                fill(rng, t, author, &mut para);
            } else if roll < 30 {
                para.push_str(
                    "Sign up for our weekly newsletter to get the latest IT news in your inbox.",
                );
            } else {
                for k in 0..rng.range(2, 7) {
                    if k > 0 {
                        para.push(' ');
                    }
                    let s = rng.pick(SENTENCE);
                    let who = rng.person();
                    fill(rng, s, who, &mut para);
                }
            }
            words += para.split_whitespace().count();
            if self.wrapped && !is_list {
                wrap(&para, 72, out);
            } else {
                out.push_str(&para);
            }
            out.push_str("\n\n");
        }
        if self.paywall {
            out.push_str("To continue reading this article register now\n\n");
        }
        if self.footer {
            out.push_str(&format!(
                "{} {} is a senior writer covering {}.\n\n",
                author.0,
                author.1,
                rng.pick(TOPIC)
            ));
            out.push_str("Follow us on Twitter and LinkedIn\n");
            out.push_str(&format!(
                "Copyright \u{a9} {} Example Media Inc. All rights reserved.\n",
                rng.range(2012, 2025)
            ));
            out.push_str("About Us | Contact Us | Privacy Policy | Terms of Use\n");
        }
    }

    fn list(&self, rng: &mut Rng, out: &mut String) {
        let numbered = rng.chance(0.4);
        let bullet = if rng.chance(0.5) { "- " } else { "\u{2022} " };
        out.push_str("Here is what the most successful teams did:\n");
        let n = rng.range(3, 7);
        for i in 0..n {
            if numbered {
                out.push_str(&format!("{}. ", i + 1));
            } else {
                out.push_str(bullet);
            }
            let item = rng.pick(LIST_ITEM);
            fill(rng, item, ("", ""), out);
            if i + 1 < n {
                out.push('\n');
            }
        }
    }
}

/// Hard-wraps `text` at `width` columns.
fn wrap(text: &str, width: usize, out: &mut String) {
    let mut col = 0;
    for w in text.split(' ') {
        let len = w.chars().count();
        if col > 0 && col + 1 + len > width {
            out.push('\n');
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(w);
        col += len;
    }
}
