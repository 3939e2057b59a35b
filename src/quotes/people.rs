//! Who is mentioned where: the people a pronoun or a surname can point back to.

use super::lexicon::{
    self, Build, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, NAME, NOT_NAME_WORDS, ORG_WORDS,
    PLACE_FIRST_WORDS, PLACE_LAST_WORDS, TITLES,
};
use crate::digest::terms::FxHasher;
use crate::model::Block;
use lexicon::Pattern;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
pub struct Person {
    /// Full name as first given.
    pub name: String,
    pub role: Option<String>,
    /// 'm' or 'f' when a title or honorific tells.
    pub gender: Option<char>,
}

/// People and the document offsets where each is mentioned, in order.
#[derive(Debug, Default)]
pub struct People {
    pub persons: Vec<Person>,
    /// (document offset, person), sorted by offset.
    mentions: Vec<(usize, usize)>,
    /// (document offset, person) of every attributed quote so far, in order.
    spoken: Vec<(usize, usize)>,
    /// Where each person was first attributed a quote.
    first_spoke: Vec<Option<usize>>,
    by_name: FxMap<String, usize>,
    /// The first person known by each surname.
    by_surname: FxMap<String, usize>,
}

/// Introductions: a name with a title, an appositive, or next to a reporting verb.
static INTRO: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    let cues = lexicon::CUES;
    [
        format!(r"\b(?P<title>(?:(?:{TITLES})\.?\s+)+)(?P<name>{NAME})"),
        format!(r"(?P<name>{NAME}),\s+(?P<role>(?:a|an|the|who|\p{{Ll}}|CEO|CIO|CFO|CTO|COO|Managing|Chief|Senior|Executive|Vice|Director|Head|President|Chairman|Founder|Co-founder|Professor|Partner)[^,.;“”\x22]{{2,}}?)(?:,|\s+(?i:{cues})\b|\.)"),
        format!(r"(?P<name>{NAME})\s+(?:\w+ly\s+)?(?i:{cues})\b"),
        format!(r"(?i:{cues})\s+(?P<name>{NAME})"),
        // Any full name that opens with a common first name.
        format!(r"\b(?P<name>(?:{})\s+{NAME})", first_names()),
        // A role before the name: "The chancellor, Rachel Ford, told MPs".
        format!(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{{L}}’'\-]+\s+){{0,4}}?(?i:{PERSON_ROLES}),\s+{NAME},"),
    ]
    .iter()
    .map(|p| lexicon::regex(p))
    .collect()
});

/// The cue and spaces that open a match of the cue-name pattern: only one
/// cue is followed by a space at any place (no cue is the first word of a
/// longer one), so this finds where that pattern's name starts.
static CUE_HEAD: LazyLock<Pattern> =
    LazyLock::new(|| lexicon::regex(&format!(r"^(?i:{})\s+", lexicon::CUES)));

/// Builds this module's costly patterns, for `pipeline`'s warm-up.
pub(super) const BUILDS: &[fn()] = crate::quotes::lexicon::builds![INTRO, CUE_HEAD, TITLE_PREFIX];

/// The name of a match of the name-cue pattern: the longest run of its words
/// that is a whole name and leaves a whole cue tail (the pattern's name is
/// greedy, and where it can end it ends before a run of spaces).
fn name_before_cue(m: &str, build: Build) -> Option<&str> {
    static CUE_TAIL: LazyLock<Pattern> =
        LazyLock::new(|| lexicon::regex(&format!(r"^\s+(?:\w+ly\s+)?(?i:{})\b$", lexicon::CUES)));
    let ends = m
        .char_indices()
        .filter(|&(e, c)| c.is_whitespace() && !m[..e].ends_with(char::is_whitespace));
    let ends: Vec<usize> = ends.map(|(e, _)| e).collect();
    ends.into_iter()
        .rev()
        .map(|e| (&m[..e], &m[e..]))
        .find_map(|(name, tail)| {
            (CUE_TAIL.pick(build).is_match(tail) && WHOLE_NAME.pick(build).is_match(name))
                .then_some(name)
        })
}

/// A whole name, for splitting a match at its name.
static WHOLE_NAME: LazyLock<Pattern> = LazyLock::new(|| lexicon::regex(&format!("^(?:{NAME})$")));

/// Title and name of a match of the title pattern: the title runs over as
/// many title words as leave a whole name (the repeat is greedy, and at any
/// place one title word at most is followed by white space).
fn titled_name(m: &str, build: Build) -> Option<(&str, &str)> {
    static ONE_TITLE: LazyLock<Pattern> =
        LazyLock::new(|| lexicon::regex(&format!(r"^(?:{TITLES})\.?\s+")));
    let mut ends = Vec::new();
    while let Some(t) = ONE_TITLE
        .pick(build)
        .find(&m[ends.last().copied().unwrap_or(0)..])
    {
        ends.push(ends.last().copied().unwrap_or(0) + t.end());
    }
    let end = ends
        .into_iter()
        .rev()
        .find(|&e| WHOLE_NAME.pick(build).is_match(&m[e..]))?;
    Some(m.split_at(end))
}

/// The name of a match of the cue-name pattern: what follows the cue and
/// its spaces.
fn name_after_cue(m: &str, build: Build) -> Option<&str> {
    let head = CUE_HEAD.pick(build).find(m)?;
    Some(&m[head.end()..])
}

/// Indices in `INTRO` of its patterns.
const TITLE: usize = 0;
const APPOSITIVE: usize = 1;
const NAME_CUE: usize = 2;
const CUE_NAME: usize = 3;
const ROLE_FIRST: usize = 5;

/// Nouns of a person's job that can stand before their name in an appositive.
const PERSON_ROLES: &str = "director|officer|counsel|spokesman|spokeswoman|spokesperson|analyst|economist|\
minister|secretary|chancellor|mayor|president|chairman|chairwoman|chief|executive|founder|professor|lawyer|\
attorney|judge|manager|editor|adviser|advisor|consultant|engineer|scientist|researcher|head|leader|governor|\
senator|ambassador|commissioner|treasurer|official|prosecutor|partner|strategist|owner";

/// Name and role of a match of the appositive pattern, read off its text: the
/// name holds no comma, so it ends at the first one; the role (trimmed) runs
/// from there to the closing comma or full stop, or else to the reporting
/// verb that ends the match (the last word, or the last two: "pointed out").
fn appositive(m: &str, build: Build) -> Option<(&str, &str)> {
    static WHOLE_CUE: LazyLock<Pattern> =
        LazyLock::new(|| lexicon::regex(&format!(r"^(?i:{})$", lexicon::CUES)));
    let comma = m.find(',')?;
    let rest = &m[comma + 1..];
    if rest.ends_with([',', '.']) {
        return Some((&m[..comma], rest[..rest.len() - 1].trim()));
    }
    let word_start = |t: &str| {
        t.rfind(char::is_whitespace)
            .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8))
    };
    let last = word_start(rest);
    let mut cue = last;
    if let Some(head) = rest[..last].strip_suffix(' ') {
        let two = word_start(head);
        if WHOLE_CUE.pick(build).is_match(&rest[two..]) {
            cue = two;
        }
    }
    Some((&m[..comma], rest[..cue].trim()))
}

/// The longest appositive taken as a role (the patterns leave the repeat
/// unbounded: a counted one multiplies the states of the search automaton).
pub const MAX_ROLE_BYTES: usize = 120;

/// The first-name lists as one alternation (a trie).
fn first_names() -> String {
    let names: Vec<&str> = MALE_FIRST_NAMES
        .iter()
        .chain(FEMALE_FIRST_NAMES)
        .copied()
        .collect();
    lexicon::trie(&names)
}

impl People {
    /// Finds the people of an article; mentions inside `skip` (doc byte ranges of
    /// direct quotes) are ignored, since a name inside a quote is not who speaks.
    /// `scans` holds each block's `lexicon::Scan`.
    pub fn find(
        blocks: &[Block],
        scans: &[lexicon::Scan],
        skip: &[std::ops::Range<usize>],
    ) -> People {
        let mut people = People::default();
        for (b, scan) in blocks.iter().zip(scans) {
            let (build, cued) = (scan.build, scan.cued);
            for (i, re) in INTRO.iter().enumerate() {
                if !cued && (i == NAME_CUE || i == CUE_NAME) {
                    continue;
                }
                // The matches are read without captures, which cost most of
                // the search.
                for m in re.pick(build).find_iter(&b.text) {
                    let text = m.as_str();
                    let (name, title, role) = match i {
                        TITLE => match titled_name(text, build) {
                            Some((title, name)) => (name, Some(title.trim()), None),
                            None => continue,
                        },
                        APPOSITIVE => match appositive(text, build) {
                            Some((name, role)) => (name, None, Some(role)),
                            None => continue,
                        },
                        NAME_CUE => match name_before_cue(text, build) {
                            Some(name) => (name, None, None),
                            None => continue,
                        },
                        CUE_NAME => match name_after_cue(text, build) {
                            Some(name) => (name, None, None),
                            None => continue,
                        },
                        ROLE_FIRST => match text.trim_end_matches(',').rsplit_once(", ") {
                            Some((role, name)) => (name, None, Some(role)),
                            None => continue,
                        },
                        _ => (text, None, None),
                    };
                    // The title, cue-name and role-first matches end with
                    // their name (and a comma); the others start with it.
                    let at = m.start()
                        + match i {
                            CUE_NAME | TITLE => text.len() - name.len(),
                            ROLE_FIRST => text.len() - name.len() - 1,
                            _ => 0,
                        };
                    if inside(skip, b.start + at) {
                        continue;
                    }
                    // An appositive longer than a role is the next clause.
                    let role = role
                        .filter(|r| r.len() <= MAX_ROLE_BYTES)
                        .map(str::to_string);
                    people.introduce(name, title, role);
                }
            }
        }
        // Every later mention, by full name or surname, refreshes recency:
        // one pass over the capitalised words, each looked up by surname.
        // Nobody known: no mention to find.
        let blocks = if people.by_surname.is_empty() {
            &[]
        } else {
            blocks
        };
        for b in blocks {
            for (at, word) in capitalised_words(&b.text) {
                let pos = b.start + at;
                if let Some(&pi) = people.by_surname.get(word) {
                    if !inside(skip, pos) {
                        people.mentions.push((pos, pi));
                    }
                }
            }
        }
        people.mentions.sort_unstable();
        people
    }

    fn add(&mut self, person: Person) -> usize {
        let i = self.persons.len();
        self.by_name.entry(person.name.clone()).or_insert(i);
        self.by_surname
            .entry(surname(&person.name).to_string())
            .or_insert(i);
        self.persons.push(person);
        i
    }

    fn introduce(&mut self, raw: &str, title: Option<&str>, role: Option<String>) {
        let Some(name) = clean_name(raw, title.is_some()) else {
            return;
        };
        // A surname alone names someone already known.
        if self.lookup(&name).is_some() {
            if let (Some(i), Some(r)) = (self.lookup(&name), role) {
                // A role replaces an appositive that was the next clause.
                let role = &mut self.persons[i].role;
                if role.as_deref().is_none_or(is_clause) {
                    *role = Some(r);
                }
            }
            return;
        }
        // A surname alone is a person only with a title ("Mr. Obama", "President Obama").
        if name.split_whitespace().count() < 2 && title.is_none() {
            return;
        }
        let gender = title.and_then(|t| {
            let t = t.trim_end_matches('.');
            if (t.starts_with("Mr") && !t.starts_with("Mrs"))
                || (t.ends_with("man") && !t.ends_with("woman"))
            {
                Some('m')
            } else if [
                "Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Sister",
            ]
            .iter()
            .any(|f| t.starts_with(f))
                || t.ends_with("woman")
            {
                Some('f')
            } else {
                None
            }
        });
        let gender = gender.or_else(|| gender_of_first_name(&name));
        self.add(Person { name, role, gender });
    }

    /// The known person a name or surname refers to. A full name matches a
    /// known surname only when the first names agree ("Hillary Clinton" is
    /// not "Bill Clinton").
    pub fn lookup(&self, name: &str) -> Option<usize> {
        let name = strip_titles(name);
        if let Some(&i) = self.by_name.get(name) {
            return Some(i);
        }
        let &i = self.by_surname.get(surname(name))?;
        let known = &self.persons[i].name;
        fn first(n: &str) -> Option<&str> {
            n.split_whitespace().next()
        }
        let single = !name.contains(char::is_whitespace);
        // "Then Mary Hollis" still names Mary Hollis.
        let ends_with_known = || name_before(name, known).is_some();
        (single || first(name) == first(known) || ends_with_known()).then_some(i)
    }

    /// The person a pronoun at document offset `pos` most likely refers to.
    /// News names a speaker, then goes on with "he said"; or it introduces
    /// someone and quotes them ("The director, Karen Bell, disagreed. "...,"
    /// she said"). So the last speaker mentioned in the pronoun's paragraph
    /// wins, then the last person mentioned there whose gender is known to
    /// agree, then the last speaker and the last person mentioned since the
    /// start of the previous paragraph, then the last speaker at all; gender
    /// must agree when it is known. `window` holds the starts of the previous
    /// paragraph and of the pronoun's own.
    pub fn resolve_pronoun(
        &self,
        pronoun: &str,
        pos: usize,
        window: (usize, usize),
    ) -> Option<usize> {
        // No letter but an ASCII one lowercases to one of these.
        let want = if pronoun.eq_ignore_ascii_case("he") {
            'm'
        } else if pronoun.eq_ignore_ascii_case("she") {
            'f'
        } else {
            return None;
        };
        let agrees = |i: &usize| self.persons[*i].gender.is_none_or(|g| g == want);
        let end = self.mentions.partition_point(|&(p, _)| p < pos);
        let recent = |from: usize| {
            self.mentions[..end]
                .iter()
                .rev()
                .take_while(move |(p, _)| *p >= from)
                .map(|&(_, i)| i)
        };
        let spoke = |i: &usize| {
            self.first_spoke
                .get(*i)
                .copied()
                .flatten()
                .is_some_and(|p| p < pos)
        };
        let spoken_end = self.spoken.partition_point(|&(p, _)| p < pos);
        let (previous, own) = window;
        // Someone named in the pronoun's own paragraph who has not spoken yet
        // needs a gender that agrees: an organisation is no "he".
        let named_here = || recent(own).find(|&i| self.persons[i].gender == Some(want));
        recent(own)
            .filter(agrees)
            .find(spoke)
            .or_else(named_here)
            .or_else(|| recent(previous).filter(agrees).find(spoke))
            .or_else(|| recent(previous).find(agrees))
            .or_else(|| {
                self.spoken[..spoken_end]
                    .iter()
                    .rev()
                    .map(|&(_, i)| i)
                    .find(agrees)
            })
    }

    /// Records that person `i` is attributed a quote at document offset `pos`
    /// (offsets come in document order).
    pub fn spoke(&mut self, i: usize, pos: usize) {
        self.spoken.push((pos, i));
        if self.first_spoke.len() <= i {
            self.first_spoke.resize(i + 1, None);
        }
        self.first_spoke[i].get_or_insert(pos);
    }

    /// The role to report for person `i`: an appositive that is the next
    /// clause ("Karen Bell, disagreed.") is none.
    pub fn role(&self, i: usize) -> Option<String> {
        self.persons[i].role.clone().filter(|r| !is_clause(r))
    }

    /// Registers a speaker found by attribution, returning the full name to report.
    pub fn speaker_name(&mut self, raw: &str) -> Option<String> {
        if let Some(i) = self.lookup(raw) {
            return Some(self.persons[i].name.clone());
        }
        let name = clean_name(raw, false)?;
        // Whoever is quoted is a person (or a body) that a pronoun may refer to,
        // even when only a surname is given ("Rifai says").
        self.add(Person {
            gender: gender_of_first_name(&name),
            name: name.clone(),
            role: None,
        });
        Some(name)
    }
}

/// An appositive that is the next clause ("Bell, the fund will hold ...",
/// "Bell, disagreed.", "Bell, says he ...", "Bell, and ministers ..."): a
/// lone past tense, a cue verb or conjunction first, or an auxiliary verb before any relative pronoun ("a fellow who
/// ran" is fine).
pub(crate) fn is_clause(role: &str) -> bool {
    (!role.contains(' ') && role.ends_with("ed"))
        || role.split_whitespace().next().is_some_and(|w| {
            super::lexicon::is_cue_word(w) || matches!(w, "and" | "or" | "but" | "nor")
        })
        || role
            .split_whitespace()
            .take_while(|w| !matches!(*w, "who" | "which" | "that" | "whose"))
            .any(|w| {
                matches!(
                    w,
                    "is" | "are"
                        | "was"
                        | "were"
                        | "will"
                        | "would"
                        | "has"
                        | "have"
                        | "had"
                        | "can"
                        | "could"
                )
            })
}

/// Whether `pos` falls in one of `skip`'s ranges (sorted, not overlapping).
fn inside(skip: &[std::ops::Range<usize>], pos: usize) -> bool {
    let i = skip.partition_point(|r| r.end <= pos);
    skip.get(i).is_some_and(|r| r.contains(&pos))
}

/// `s.trim_end_matches(suffix)` without its costlier string searcher.
fn trim_suffix<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    while let Some(t) = s.strip_suffix(suffix) {
        s = t;
    }
    s
}

/// (byte offset, word) of every word that starts with a capital letter.
fn capitalised_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '’' | '\'' | '-');
    let mut at = 0;
    std::iter::from_fn(move || loop {
        // Only a capital starts a word of interest: the bytes before the next
        // ASCII capital or non-ASCII character are passed over unread.
        let Some(start) = next_capital_or_wide(&text.as_bytes()[at..]).map(|i| at + i) else {
            at = text.len();
            return None;
        };
        let c = text[start..].chars().next()?;
        if !is_word(c) {
            at = start + c.len_utf8();
            continue;
        }
        let end = text[start..]
            .find(|c: char| !is_word(c))
            .map_or(text.len(), |i| start + i);
        at = end;
        // A capital inside a word that began with a small letter ("x-Ray").
        let first = text[..start]
            .chars()
            .next_back()
            .is_none_or(|p| !is_word(p));
        if first && c.is_uppercase() {
            let w = &text[start..end];
            let bare = trim_suffix(trim_suffix(w, "’s"), "'s").trim_end_matches(['’', '\'']);
            return Some((start, bare));
        }
    })
}

/// Offset of the first ASCII capital or non-ASCII byte of `bytes`, read
/// eight bytes at a time: with the top bit of each byte set, subtracting
/// `A` and `[` per byte borrows across no byte, and leaves that bit set
/// where the byte is at least `A` and at least `[` respectively.
fn next_capital_or_wide(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOP: u64 = 0x80 * ONES;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let y = w | TOP;
        let hits = (y.wrapping_sub(u64::from(b'A') * ONES)
            & !y.wrapping_sub(u64::from(b'[') * ONES)
            & TOP)
            | (w & TOP);
        if hits != 0 {
            return Some(at + hits.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let rest = chunks.remainder();
    rest.iter()
        .position(|b| b.is_ascii_uppercase() || !b.is_ascii())
        .map(|i| at + i)
}

/// A word list as a hash set: a name is checked against several.
pub(crate) type WordSet = LazyLock<FxSet<&'static str>>;
type FxSet<T> = std::collections::HashSet<T, std::hash::BuildHasherDefault<FxHasher>>;
/// Names are looked up once per capitalised word of the text: hashed, not compared.
type FxMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;
pub(crate) static NOT_NAME_SET: WordSet = LazyLock::new(|| set(NOT_NAME_WORDS));
static ORG_SET: WordSet = LazyLock::new(|| set(ORG_WORDS));
static PLACE_FIRST_SET: WordSet = LazyLock::new(|| set(PLACE_FIRST_WORDS));
static PLACE_LAST_SET: WordSet = LazyLock::new(|| set(PLACE_LAST_WORDS));
static MALE_SET: WordSet = LazyLock::new(|| set(MALE_FIRST_NAMES));
static FEMALE_SET: WordSet = LazyLock::new(|| set(FEMALE_FIRST_NAMES));

pub(crate) fn set(words: &[&'static str]) -> FxSet<&'static str> {
    words.iter().copied().collect()
}

pub(crate) fn is_in(set: &WordSet, word: &str) -> bool {
    set.contains(word)
}

/// 'm' or 'f' when the first name is a common one of that gender.
pub(crate) fn gender_of_first_name(name: &str) -> Option<char> {
    let first = name.split_whitespace().next()?;
    if is_in(&MALE_SET, first) {
        Some('m')
    } else if is_in(&FEMALE_SET, first) {
        Some('f')
    } else {
        None
    }
}

pub fn surname(name: &str) -> &str {
    name.split_whitespace().last().unwrap_or(name)
}

static TITLE_PREFIX: LazyLock<Pattern> =
    LazyLock::new(|| lexicon::regex(&format!(r"^(?:(?:{TITLES})\.?\s+)+")));

/// What `run` holds before `name` when it ends with it as whole words
/// ("Senate Majority Leader " of "Senate Majority Leader Ann Whitaker").
pub fn name_before<'a>(run: &'a str, name: &str) -> Option<&'a str> {
    run.strip_suffix(name).filter(|head| head.ends_with(' '))
}

pub fn strip_titles(name: &str) -> &str {
    // `TITLE_PREFIX` needs a title word and white space after it: most names
    // open with no title, and need no search.
    static FIRST_WORDS: WordSet = LazyLock::new(|| {
        TITLES
            .split('|')
            .filter_map(|t| t.split(' ').next())
            .collect()
    });
    let first = name.split(char::is_whitespace).next().unwrap_or(name);
    let word = first.strip_suffix('.').unwrap_or(first);
    if first.len() == name.len() || !is_in(&FIRST_WORDS, word) {
        return name;
    }
    match TITLE_PREFIX.on(name).find(name) {
        Some(m) if m.end() < name.len() => &name[m.end()..],
        _ => name,
    }
}

/// A person's name from a capitalised run, or None when it is no person
/// (a sentence opener, an organisation, a possessive).
pub fn clean_name(raw: &str, titled: bool) -> Option<String> {
    let raw = strip_titles(raw.trim());
    let raw = trim_suffix(
        trim_suffix(raw.trim_end_matches(['’', '\'', ',']), "’s"),
        "'s",
    );
    let tokens: Vec<&str> = raw.split_whitespace().collect();
    let first = *tokens.first()?;
    if !titled && is_in(&NOT_NAME_SET, first) {
        return None;
    }
    if tokens.iter().any(|t| is_in(&ORG_SET, t) || t.contains('/'))
        || is_in(&PLACE_FIRST_SET, first)
        || tokens.last().is_some_and(|t| is_in(&PLACE_LAST_SET, t))
    {
        return None;
    }
    // Acronyms and plurals like "CIOs" are no names.
    if tokens.iter().any(|t| {
        t.len() > 1
            && t.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
            && !t.ends_with('.')
    }) {
        return None;
    }
    if tokens.len() == 1
        && first.ends_with('s')
        && first.chars().filter(char::is_ascii_uppercase).count() > 1
    {
        return None;
    }
    Some(tokens.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The appositive and the title read off a match agree with the
    /// pattern's captures.
    #[test]
    fn appositive_and_title_without_captures() {
        type Read = fn(&str, Build) -> Option<(&str, &str)>;
        let cases: [(usize, [&str; 2], Read, &[&str]); 2] = [
            (APPOSITIVE, ["name", "role"], appositive, &[
                "Jane Roe, a director at Acme Corp, said the plan works.",
                "Jane Roe, the chief executive of Acme pointed out that costs rose.",
                "John Smith, CEO of Foo said so. Mary Jones, who runs Bar. Ann Lee, an  analyst  says.",
                "Ann Lee, an aide according to Bob, left; Tom Day, a writer at “Time”, wrote.",
                "Élise Durand, professeure à Lyon, a dit. José Núñez, a fan tells Ed.",
                "Kim Park, them, Lee Chan, ab says it.",
            ]),
            (TITLE, ["title", "name"], titled_name, &[
                "Mr. Smith met Mrs Ann Jones and Vice President Joe Biden; Sen.\u{a0}Lindsey Graham.",
                "Prime Minister Theresa May, Dr. Prof. Li, Attorney General Sessions and Mr President Obama.",
                "Lieutenant Governor Mary St. John, Capt. J. de la Cruz and General Motors; Sir Élise Núñez.",
                "President Judge Judy, Mr.. Smith, Mr Mr Mr Ed, Sister Queen Anne-Marie O’Neil of Ely.",
            ]),
        ];
        for (i, [first, second], read, texts) in cases {
            for &t in texts {
                for build in [Build::of(t), Build::Full] {
                    let re = INTRO[i].pick(build);
                    let by_captures: Vec<_> = re
                        .captures_iter(t)
                        .map(|c| (c[first].trim().to_string(), c[second].trim().to_string()))
                        .collect();
                    let by_read: Vec<_> = re
                        .find_iter(t)
                        .map(|m| {
                            let (a, b) = read(m.as_str(), build).unwrap();
                            (a.trim().to_string(), b.to_string())
                        })
                        .collect();
                    assert_eq!(by_captures, by_read, "{t}");
                    assert!(!by_read.is_empty(), "{t}");
                }
            }
        }
    }

    /// The names of the cue patterns read off a match agree with the captures.
    #[test]
    fn cue_names_without_captures() {
        let texts = [
            "Jane Roe said so, and Smith Said Jones said it. Ann Lee reportedly told us.",
            "Smith Reportedly said no. A B C D E F says yes; Mr. J. de la Cruz  argued, as reiterated Ann Lee.",
            "Bob St. John pointed out that, according to Mary Hollis, sales rose, saying Kim Park.",
            "Élise Durand told  José Núñez, and Paul Simon Says.",
            "Sources added Tom\tDay says. Then O’Brien-Smith admitted it, says Van Der Berg.",
        ];
        for t in texts {
            for build in [Build::of(t), Build::Full] {
                for (i, read) in [
                    (NAME_CUE, name_before_cue as fn(&str, Build) -> Option<&str>),
                    (CUE_NAME, name_after_cue),
                ] {
                    let re = INTRO[i].pick(build);
                    let by_captures: Vec<_> =
                        re.captures_iter(t).map(|c| c["name"].to_string()).collect();
                    let by_read: Vec<_> = re
                        .find_iter(t)
                        .map(|m| read(m.as_str(), build).unwrap().to_string())
                        .collect();
                    assert_eq!(by_captures, by_read, "{t}");
                    assert!(!by_read.is_empty(), "{t}");
                }
            }
        }
    }

    #[test]
    fn titles() {
        for (name, bare) in [
            ("Mr. Smith", "Smith"),
            ("Mrs Ann Jones", "Ann Jones"),
            ("Vice President Joe Biden", "Joe Biden"),
            ("Sen.\u{a0}Lindsey Graham", "Lindsey Graham"),
            ("Dr. Prof. Li", "Li"),
            ("Mr.Smith", "Mr.Smith"),
            ("Mr.. Smith", "Mr.. Smith"),
            ("Mister Smith", "Mister Smith"),
            ("Prime Minister", "Prime Minister"),
            ("Smith", "Smith"),
            ("", ""),
        ] {
            assert_eq!(strip_titles(name), bare, "{name}");
        }
    }

    /// The words are the runs of word characters that start with a capital.
    #[test]
    fn capitals_and_wide_bytes_found() {
        let all: Vec<u8> = (0..=255).collect();
        for from in 0..all.len() {
            let expected = all[from..]
                .iter()
                .position(|b| b.is_ascii_uppercase() || !b.is_ascii());
            assert_eq!(next_capital_or_wide(&all[from..]), expected, "{from}");
            let b = all[from];
            let one = [b; 9];
            let hit = b.is_ascii_uppercase() || !b.is_ascii();
            assert_eq!(next_capital_or_wide(&one), hit.then_some(0), "{from}");
        }
    }

    #[test]
    fn capitalised_words_are_whole_words() {
        let is_word = |c: char| c.is_alphanumeric() || matches!(c, '’' | '\'' | '-');
        for text in [
            "Mr. Smith met McDonald's CEO, Ann O’Neil-Ray, in x-Ray café Élise’s Bar.",
            "“Bob” said: Ünal  ÉMILE-é5 9Lives ‘Ann’ -Kim 'Lee' ﬁx Ωmega",
            "",
            "A",
        ] {
            let expected: Vec<(usize, &str)> = text
                .split(|c: char| !is_word(c))
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .map(|w| {
                    let bare = trim_suffix(trim_suffix(w, "’s"), "'s");
                    (
                        w.as_ptr() as usize - text.as_ptr() as usize,
                        bare.trim_end_matches(['’', '\'']),
                    )
                })
                .collect();
            assert_eq!(
                capitalised_words(text).collect::<Vec<_>>(),
                expected,
                "{text}"
            );
        }
    }

    #[test]
    fn names() {
        assert_eq!(
            clean_name("Sen. Lindsey Graham", false).as_deref(),
            Some("Lindsey Graham")
        );
        assert_eq!(clean_name("The Company", false), None);
        assert_eq!(clean_name("Temkin Group", false), None);
        assert_eq!(clean_name("CIOs", false), None);
        assert_eq!(clean_name("Korn/Ferry", false), None);
        assert_eq!(
            clean_name("Bruce Temkin", false).as_deref(),
            Some("Bruce Temkin")
        );
    }
}
