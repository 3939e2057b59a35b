//! The corpus at a glance: distributions, who is quoted and named most, the
//! common key phrases, and near-duplicate articles.
//!
//! Articles are folded in one at a time and nothing is kept per article in
//! memory (the distributions are counts of distinct values, and MinHash
//! signatures and paths are spooled to a temp file and paired at the end), so
//! memory stays flat however long the stream. The tallies of names and phrases drop
//! their rarest entries when they grow past `TALLY_CAP` (lossy counting), so
//! the most frequent ones are always exact.

use super::dedup::{self, Signature};
use super::terms::{self, FxMap};
use crate::model::Article;
use crate::spool::Spool;
use serde::Serialize;
use std::collections::HashMap;

/// How many entries each "top" list reports.
pub const TOP: usize = 10;
/// Distinct names or phrases a tally keeps before dropping the rarest.
const TALLY_CAP: usize = 50_000;

/// The digest part of the `corpus` object.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Overview {
    pub per_article: PerArticle,
    /// Articles with at least one boilerplate line.
    pub with_boilerplate: usize,
    /// Named speakers by direct and indirect quotes.
    pub top_speakers: Vec<Ranked>,
    /// People by the number of articles naming them.
    pub top_people: Vec<Ranked>,
    pub top_organizations: Vec<Ranked>,
    /// Phrases by the number of articles having them among their key phrases.
    pub top_keyphrases: Vec<Ranked>,
    /// Groups of articles telling the same story, in order of first appearance.
    pub near_duplicates: Vec<DuplicateGroup>,
}

/// Min, median and max of per-article figures (null when there are no articles).
#[derive(Debug, Clone, Default, Serialize)]
pub struct PerArticle {
    pub words: Option<Distribution>,
    pub reading_time_seconds: Option<Distribution>,
    /// Readability consensus grade, over the articles that have one.
    pub consensus_grade: Option<Distribution>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Distribution {
    pub min: f64,
    pub median: f64,
    pub max: f64,
}

impl Distribution {
    /// None for no values; the median of an even count is the mean of the middle two.
    pub fn of(values: &mut [f64]) -> Option<Distribution> {
        let mut counts = Counts::default();
        values.iter().for_each(|&v| counts.add(v));
        counts.distribution()
    }
}

/// How many times each value occurs, by its bits: per-article figures take
/// few distinct values (word counts, seconds, grades to 0.01), so this stays
/// small where a list of every value would grow with the corpus.
#[derive(Debug, Default)]
struct Counts(FxMap<u64, u64>);

impl Counts {
    fn add(&mut self, v: f64) {
        *self.0.entry(v.to_bits()).or_default() += 1;
    }

    fn distribution(&self) -> Option<Distribution> {
        let mut values: Vec<(f64, u64)> = self
            .0
            .iter()
            .map(|(&v, &n)| (f64::from_bits(v), n))
            .collect();
        values.sort_by(|a, b| a.0.total_cmp(&b.0));
        let n: u64 = values.iter().map(|v| v.1).sum();
        // The value at `i` in the sorted list of all values.
        let at = |i: u64| {
            let mut before = 0;
            values
                .iter()
                .find(|v| {
                    before += v.1;
                    before > i
                })
                .map_or(f64::NAN, |v| v.0)
        };
        let median = match n {
            0 => return None,
            _ if n % 2 == 1 => at(n / 2),
            _ => (at(n / 2 - 1) + at(n / 2)) / 2.0,
        };
        Some(Distribution {
            min: values[0].0,
            median,
            max: values[values.len() - 1].0,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    pub name: String,
    /// Articles it appears in.
    pub articles: usize,
    /// Quotes (speakers), mentions (people, organisations) or articles (key phrases).
    pub count: usize,
}

/// Articles linked by near-duplicate pairs (the same story saved more than once).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DuplicateGroup {
    /// Paths in input order: the first is the earliest copy.
    pub articles: Vec<String>,
    /// The lowest estimated Jaccard similarity (word 4-grams) of the pairs that link them.
    pub similarity: f64,
}

/// Folds articles into an [`Overview`].
#[derive(Debug, Default)]
pub struct OverviewBuilder {
    words: Counts,
    reading: Counts,
    grades: Counts,
    with_boilerplate: usize,
    speakers: Tally,
    people: Tally,
    organizations: Tally,
    keyphrases: Tally,
    /// Signatures of the articles long enough to have one, paired at the end,
    /// and their paths (a little-endian u32 length, then the bytes); both on
    /// disk, so memory does not grow with the corpus.
    signatures: dedup::Log,
    paths: Spool,
}

impl OverviewBuilder {
    pub fn add(&mut self, a: &Article) {
        self.words.add(a.stats.words as f64);
        self.reading.add(a.stats.reading_time_seconds as f64);
        // Too short to score: no grade, rather than a grade that means nothing.
        if let Some(g) = a.readability.consensus_grade {
            self.grades.add(g);
        }
        if !a.boilerplate.is_empty() {
            self.with_boilerplate += 1;
        }
        // Speakers as the people and organisations they are ("Trump" is Donald
        // Trump); descriptions ("the company", "analysts") name no one.
        let mut quoted: std::collections::BTreeMap<&str, usize> = Default::default();
        for s in &a.speakers {
            if let Some(name) = named_speaker(&s.name, a) {
                *quoted.entry(name).or_default() += s.quotes;
            }
        }
        for (name, quotes) in quoted {
            self.speakers.add(name, name, quotes);
        }
        for p in &a.people {
            self.people.add(&p.name, &p.name, p.mentions);
        }
        for o in &a.organizations {
            let key: String = o
                .name
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            self.organizations.add(&key, &o.name, o.mentions);
        }
        let mut word_key = String::new();
        for k in &a.keyphrases {
            let key: Vec<String> = k
                .phrase
                .split_whitespace()
                .map(|w| {
                    terms::key(w, &mut word_key);
                    word_key.clone()
                })
                .collect();
            self.keyphrases.add(&key.join(" "), &k.phrase, 1);
        }
        if let Some(sig) = a.signature.clone().or_else(|| Signature::of(a)) {
            self.add_signature(&a.path, sig);
        }
    }

    fn add_signature(&mut self, path: &str, sig: Signature) {
        self.signatures.push(&sig);
        self.paths.push(&(path.len() as u32).to_le_bytes());
        self.paths.push(path.as_bytes());
    }

    /// Articles linked by near-duplicate pairs, in order of their earliest
    /// article. Empty if the spooled signatures cannot be read back.
    fn groups(&mut self) -> Vec<DuplicateGroup> {
        let mut forest = Forest::default();
        let found = dedup::links(&mut self.signatures, dedup::THRESHOLD, |a, b, s| {
            forest.link(a, b, s)
        });
        let groups = forest.groups();
        let ids = groups.iter().flat_map(|g| g.0.iter().copied());
        let (Ok(()), Ok(mut paths)) = (found, self.paths_of(ids.collect())) else {
            return Vec::new();
        };
        groups
            .into_iter()
            .map(|(members, weakest)| DuplicateGroup {
                articles: members
                    .iter()
                    .map(|i| paths.remove(i).unwrap_or_default())
                    .collect(),
                similarity: (weakest * 100.0).round() / 100.0,
            })
            .collect()
    }

    /// The paths of the articles `ids`, in one pass over the spooled paths.
    fn paths_of(&mut self, mut ids: Vec<usize>) -> std::io::Result<HashMap<usize, String>> {
        use std::io::Read;
        ids.sort_unstable();
        let mut wanted = ids.into_iter().peekable();
        let mut found = HashMap::new();
        let mut reader = self.paths.reader()?;
        let mut bytes = Vec::new();
        for id in 0.. {
            let Some(&next) = wanted.peek() else { break };
            let mut len = [0u8; 4];
            reader.read_exact(&mut len)?;
            bytes.resize(u32::from_le_bytes(len) as usize, 0);
            reader.read_exact(&mut bytes)?;
            if id == next {
                found.insert(id, String::from_utf8_lossy(&bytes).into_owned());
                wanted.next();
            }
        }
        Ok(found)
    }

    pub fn finish(mut self) -> Overview {
        let near_duplicates = self.groups();
        Overview {
            per_article: PerArticle {
                words: self.words.distribution(),
                reading_time_seconds: self.reading.distribution(),
                consensus_grade: self.grades.distribution(),
            },
            with_boilerplate: self.with_boilerplate,
            top_speakers: self.speakers.top_by_count(TOP),
            top_people: self.people.top(TOP),
            top_organizations: self.organizations.top(TOP),
            top_keyphrases: self.keyphrases.top(TOP),
            near_duplicates,
        }
    }
}

/// Union-find over the articles that have near-duplicate links (few, so a
/// map rather than a slot per article); each group's root is its earliest
/// article.
#[derive(Default)]
struct Forest {
    parent: FxMap<usize, usize>,
    /// The lowest link similarity at each root.
    weakest: FxMap<usize, f64>,
}

impl Forest {
    fn link(&mut self, a: usize, b: usize, similarity: f64) {
        let (ra, rb) = (self.root(a), self.root(b));
        let (keep, gone) = (ra.min(rb), ra.max(rb));
        let weakest = |r| self.weakest.get(&r).copied().unwrap_or(1.0);
        let weakest_here = weakest(ra).min(weakest(rb)).min(similarity);
        self.parent.insert(gone, keep);
        self.weakest.insert(keep, weakest_here);
    }

    /// The root of `i`, halving the path on the way.
    fn root(&mut self, mut i: usize) -> usize {
        loop {
            let parent = *self.parent.entry(i).or_insert(i);
            if parent == i {
                return i;
            }
            let grandparent = self.parent.get(&parent).copied().unwrap_or(parent);
            self.parent.insert(i, grandparent);
            i = grandparent;
        }
    }

    /// Each group's members in order, with its lowest link similarity, by root.
    fn groups(mut self) -> Vec<(Vec<usize>, f64)> {
        let mut ids: Vec<usize> = self.parent.keys().copied().collect();
        ids.sort_unstable();
        let mut members: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for i in ids {
            members.entry(self.root(i)).or_default().push(i);
        }
        members
            .into_iter()
            .map(|(root, m)| (m, self.weakest.get(&root).copied().unwrap_or(1.0)))
            .collect()
    }
}

/// The person or organisation of the article a speaker is: by full name, by
/// surname, or by organisation name.
fn named_speaker<'a>(speaker: &str, a: &'a Article) -> Option<&'a str> {
    let people = a.people.iter().map(|p| p.name.as_str());
    let orgs = a.organizations.iter().map(|o| o.name.as_str());
    if let Some(n) = people.clone().chain(orgs).find(|n| *n == speaker) {
        return Some(n);
    }
    let mut by_surname =
        people.filter(|n| n.split_whitespace().next_back() == Some(speaker) && *n != speaker);
    match (by_surname.next(), by_surname.next()) {
        (Some(n), None) => Some(n),
        _ => None,
    }
}

/// Counts by key, in bounded memory. Up to `TALLY_CAP` entries are kept, so
/// each is made small: boxed strings, and no copy of a name equal to its key.
#[derive(Debug, Default)]
struct Tally {
    entries: HashMap<Box<str>, TallyEntry>,
    added: u64,
}

#[derive(Debug)]
struct TallyEntry {
    /// The name shown, when it is not the key itself.
    name: Option<Box<str>>,
    articles: usize,
    count: usize,
    first: u64,
}

impl Tally {
    /// Counts one article's `count` of `key`, shown as `name` (the first spelling seen).
    fn add(&mut self, key: &str, name: &str, count: usize) {
        self.added += 1;
        match self.entries.get_mut(key) {
            Some(e) => {
                e.articles += 1;
                e.count += count;
            }
            None => {
                self.entries.insert(
                    key.into(),
                    TallyEntry {
                        name: (name != key).then(|| name.into()),
                        articles: 1,
                        count,
                        first: self.added,
                    },
                );
                if self.entries.len() > TALLY_CAP {
                    self.prune();
                }
            }
        }
    }

    /// Drops the rarest entries until at most half the cap is left.
    fn prune(&mut self) {
        let mut floor = 1;
        while self.entries.len() > TALLY_CAP / 2 {
            self.entries.retain(|_, e| e.articles > floor);
            floor += 1;
        }
    }

    /// The `n` entries in most articles (then with the highest count).
    fn top(&self, n: usize) -> Vec<Ranked> {
        self.ranked(n, |e| (e.articles, e.count))
    }

    /// The `n` entries with the highest count (then in most articles).
    fn top_by_count(&self, n: usize) -> Vec<Ranked> {
        self.ranked(n, |e| (e.count, e.articles))
    }

    fn ranked(&self, n: usize, by: impl Fn(&TallyEntry) -> (usize, usize)) -> Vec<Ranked> {
        let mut all: Vec<(&Box<str>, &TallyEntry)> = self.entries.iter().collect();
        all.sort_by(|(_, a), (_, b)| by(b).cmp(&by(a)).then(a.first.cmp(&b.first)));
        all.into_iter()
            .take(n)
            .map(|(key, e)| Ranked {
                name: e.name.as_deref().unwrap_or(key).to_string(),
                articles: e.articles,
                count: e.count,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distribution() {
        assert_eq!(Distribution::of(&mut []), None);
        let d = Distribution::of(&mut [5.0, 1.0, 3.0, 10.0]).unwrap();
        assert_eq!((d.min, d.median, d.max), (1.0, 4.0, 10.0));
    }

    #[test]
    fn grades_skip_articles_too_short_to_score() {
        let article = |text: &str| {
            crate::analyze(&crate::model::Document::new(
                "t.txt",
                format!("Title here\n\n{text}\n"),
            ))
        };
        let mut b = OverviewBuilder::default();
        b.add(&article("Too short to score."));
        let long = article(
            &"The council approved the new budget on Tuesday after a long debate. ".repeat(5),
        );
        let grade = long.readability.consensus_grade.unwrap();
        b.add(&long);
        let o = b.finish();
        let d = o.per_article.consensus_grade.unwrap();
        assert_eq!((d.min, d.median, d.max), (grade, grade, grade));
        assert_eq!(o.per_article.words.unwrap().min, 4.0);
    }

    #[test]
    fn near_duplicates_form_groups() {
        let story = |extra: &str| {
            let text = format!(
                "The ferry between the two islands will stop running in winter, the operator said on Monday. \
                 Fuel costs rose by a third this year and passenger numbers fell. {extra}"
            );
            Signature::of_blocks(&[crate::digest::test_block(&text)]).unwrap()
        };
        let other = Signature::of_blocks(&[crate::digest::test_block(
            "A new bakery opened on the high street, selling bread made with flour from the mill up the valley, \
             and the queue reached the corner by eight in the morning.",
        )])
        .unwrap();
        // Kept in memory, and spooled to disk record by record.
        let builders = [
            OverviewBuilder::default(),
            OverviewBuilder {
                signatures: dedup::Log::in_spool(Spool::with_chunk(1)),
                paths: Spool::with_chunk(1),
                ..Default::default()
            },
        ];
        for mut b in builders {
            b.add_signature("a", story("Islanders will have to fly."));
            b.add_signature("other", other.clone());
            b.add_signature("a-again", story("Islanders will have to fly."));
            b.add_signature("a-edited", story("Islanders must now fly instead."));
            b.add_signature("other-again", other.clone());
            let groups = b.groups();
            assert_eq!(groups.len(), 2, "{groups:?}");
            assert_eq!(groups[0].articles, ["a", "a-again", "a-edited"]);
            assert!(groups[0].similarity >= 0.5 && groups[0].similarity < 1.0);
            assert_eq!(groups[1].articles, ["other", "other-again"]);
            assert_eq!(groups[1].similarity, 1.0);
        }
    }

    #[test]
    fn tally_ranks_and_stays_bounded() {
        let mut t = Tally::default();
        for i in 0..(TALLY_CAP + 10) {
            t.add(&format!("rare {i}"), "rare", 1);
            if i % 1000 == 0 {
                t.add("common", "Common", 2);
            }
        }
        assert!(t.entries.len() <= TALLY_CAP);
        let top = t.top(1);
        assert_eq!(top[0].name, "Common");
        assert_eq!(top[0].articles, TALLY_CAP / 1000 + 1);
    }
}
