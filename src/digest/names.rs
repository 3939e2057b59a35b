//! People and organisations named in the body, with how often they are
//! mentioned and the role or description the text gives them.
//!
//! Candidates are runs of capitalised words ("Wayne Shurts", "Temkin Group",
//! "Bank of England"); a run is only reported with evidence of what it is:
//!
//! - people: quote speakers, names the quotes module introduces (a title, an
//!   appositive role, a reporting verb next to the name), the byline, or a full
//!   name whose surname recurs alone;
//! - organisations: a name ending in an organisation word (Inc., Group,
//!   Council, Network, University, ...) or opening with one before "of"; a
//!   role before it ("CIO of Supervalu"); an appositive ("Supervalu, a
//!   grocery chain", "search engine Google"); a list after a plural
//!   ("stores that include Albertson's, Jewel-Osco, Shaw's"); or a possessive
//!   before company things ("Korn/Ferry's experts", "AOL's profits").
//!
//! Organisation evidence beats a speaker ("Time Warner said ..."). The first
//! word of a sentence is dropped from a run when it is a common word (it is
//! capitalised by position, not as a name), and sentences in headline case
//! give no runs at all.

use super::terms::{self, capitalised, Token};
use crate::model::Block;
use crate::quotes::lexicon::{Build, Pattern};
use crate::quotes::people::{self, is_in, set, WordSet, NOT_NAME_SET};
use crate::quotes::Speaker;
use regex::Regex;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    pub name: String,
    /// As the text gives it ("CIO of Supervalu"); "author" for the byline.
    pub role: Option<String>,
    /// Mentions in the body, by full name or surname.
    pub mentions: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Organization {
    pub name: String,
    /// An appositive the text gives it ("a customer-experience research and consulting firm").
    pub description: Option<String>,
    /// Mentions in the body, by name or by an acronym given in brackets.
    pub mentions: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Names {
    pub people: Vec<Person>,
    pub organizations: Vec<Organization>,
}

/// Words that end an organisation's name.
#[rustfmt::skip]
const ORG_SUFFIXES: &[&str] = &[
    "Inc", "Incorporated", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "LLC", "LLP",
    "plc", "PLC", "AG", "SA", "GmbH", "NV", "Group", "Council", "Network", "Networks",
    "University", "Institute", "Association", "Foundation", "Bank", "Agency", "Ministry",
    "Department", "Party", "Committee", "Commission", "Board", "Systems", "Partners", "Holdings",
    "Media", "Technologies", "Technology", "Capital", "Fund", "Trust", "Airlines", "Airways",
    "Motors", "Labs", "Laboratories", "Entertainment", "Studios", "Alliance", "Forum",
    "Federation", "Union", "Authority", "Organization", "Organisation", "Interactive", "Software",
    "Communications", "Telecom", "Pharmaceuticals", "Insurance", "Investments", "Ventures",
    "Consulting", "Solutions", "Industries", "Enterprises", "Bros", "Reserve", "Exchange",
    "Society", "Club", "Academy", "College", "School", "Hospital", "Museum", "Bureau", "Office",
    "Services", "Service", "Police", "Parliament", "Congress", "Senate", "Times", "Post",
    "Journal", "News", "Magazine", "Review", "Gazette", "Herald", "Telegraph", "Tribune",
    "Research", "Consortium", "Coalition", "Center", "Centre", "Division", "Unit", "Team",
    "Semiconductor", "Semiconductors", "Electronics", "Foods", "Logistics", "Petroleum",
    "Chemicals", "Pharma", "Biotech", "Therapeutics", "Financial", "Bancorp",
    "Analytics", "Robotics",
];

/// Companies and bodies the business and technology press names without any
/// cue ("Microsoft said", "Goldman Sachs said"): a name here is an
/// organisation, never a person.
#[rustfmt::skip]
const KNOWN_ORGS: &[&str] = &[
    "Accenture", "Adobe", "Airbnb", "Airbus", "Alibaba", "Alphabet", "Amazon", "AMD", "Anthropic",
    "Apple", "AT&T", "Baidu", "Barclays", "BlackRock", "Bloomberg", "Boeing", "BP", "BT",
    "ByteDance", "Capgemini", "Cisco", "Citigroup", "Cognizant", "Dell", "Deloitte", "Deutsche Bank",
    "Disney", "eBay", "Ericsson", "Facebook", "FedEx", "Ford", "Forrester", "Gartner",
    "General Electric", "General Motors", "Goldman Sachs", "Google", "HSBC", "Huawei", "IBM",
    "IDC", "Infosys", "Intel", "JPMorgan", "JP Morgan", "KPMG", "Lenovo", "LinkedIn", "Lloyds",
    "McKinsey", "Meta", "Microsoft", "Morgan Stanley", "Netflix", "Nokia", "Nvidia", "OpenAI",
    "Oracle", "PayPal", "PwC", "Qualcomm", "Reuters", "Salesforce", "Samsung", "SAP", "ServiceNow",
    "Shell", "Siemens", "Snowflake", "Sony", "Spotify", "Tata", "Tencent", "Tesla", "Toyota", "Uber",
    "Unilever", "Verizon", "Visa", "VMware", "Vodafone", "Walmart", "Wells Fargo", "Wipro", "Workday",
    "Xerox", "Yahoo", "Zoom",
];

/// Suffixes naming a part of some organisation: "IT Department" is no name.
const SUBUNITS: &[&str] = &["Department", "Division", "Unit", "Team", "Office", "Board"];

/// Words that open an organisation's name before "of", "for" or "on".
#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "University", "Bank", "Institute", "Department", "Ministry", "Council", "Federation",
    "Association", "Museum", "Society", "College", "Academy", "Office", "Bureau", "Commission",
    "Board", "Chamber", "Center", "Centre", "School", "Church", "Court", "House", "Federal",
];

/// Acronyms of job titles and fields, which name no one.
const GENERIC_ACRONYMS: &[&str] = &[
    "CEO", "CIO", "CFO", "CTO", "COO", "CMO", "CSO", "CISO", "CDO", "CHRO", "VP", "SVP", "EVP",
    "IT", "HR", "PR", "AI", "ML", "IoT", "API", "SaaS", "ROI", "KPI", "GDP", "IPO", "CEOs", "TV",
    "PC", "OK", "UK", "US", "USA", "EU", "UN", "AM", "PM", "FAQ", "PDF", "URL", "B2B", "B2C",
    "R&D", "Q1", "Q2", "Q3", "Q4",
];

/// Places that the organisation cues would otherwise take for companies.
#[rustfmt::skip]
const PLACES: &[&str] = &[
    "US", "USA", "UK", "EU", "America", "Britain", "Great Britain", "England", "Scotland",
    "Wales", "Ireland", "Europe", "Asia", "Africa", "China", "Japan", "India", "Russia",
    "Germany", "France", "Italy", "Spain", "Canada", "Australia", "Brazil", "Mexico", "Korea",
    "South Korea", "North Korea", "Israel", "Iran", "Iraq", "Syria", "Egypt", "Turkey", "Greece",
    "Netherlands", "Belgium", "Switzerland", "Sweden", "Norway", "Denmark", "Finland", "Poland",
    "Ukraine", "Pakistan", "Afghanistan", "Indonesia", "Singapore", "Hong Kong", "Taiwan",
    "Washington", "London", "Paris", "Berlin", "Tokyo", "Beijing", "Moscow", "New York",
    "California", "Texas", "Florida", "Wall Street", "Silicon Valley", "Middle East",
    "North America", "Latin America", "South America", "Asia-Pacific", "Wisconsin", "Madison",
    "West Bank", "Gaza", "Saudi Arabia", "Buenos Aires", "Argentina", "South Africa", "Nigeria",
    "Kenya", "Vietnam", "Thailand", "Malaysia", "Philippines", "New Zealand", "Chile", "Peru",
    "Colombia", "Venezuela", "Argentine", "Libya", "Austria", "Portugal", "Czech Republic",
    "United States", "United Kingdom", "Soviet Union", "Oval Office", "Texas", "Utah", "Huddersfield",
    "Cameroon", "Senegal", "Zimbabwe", "Georgia", "Kyrgyzstan", "Mexico City", "Chelsea",
    "New Jersey", "Oslo", "Brussels", "Geneva", "Dubai", "Shanghai", "Mumbai", "Delhi", "Sydney",
    "Toronto",
];

/// Job titles before "of"/"at" and an employer.
const ROLES: &str = r"chief executive|chief [a-z]+ officer|chief|ceo|cio|cfo|cto|coo|cmo|cso|ciso|president|vice[- ]president|vp|chairman|chairwoman|chair|managing director|director|managing partner|partner|co-founder|founder|head|analyst|economist|strategist|spokesman|spokeswoman|spokesperson|professor|lecturer|researcher|scientist|manager|executive|boss|owner|employee|engineer|editor|reporter|correspondent|officer|fellow|consultant|adviser|advisor|principal|architect|developer|designer|treasurer|counsel|attorney|lawyer|trustee|shareholder|investor|staff";

/// Nouns that make an appositive describe an organisation.
const ORG_NOUNS: &str = r"company|firm|chain|retailer|maker|manufacturer|producer|provider|supplier|vendor|broadcaster|operator|carrier|airline|bank|lender|insurer|fund|group|conglomerate|giant|start-?up|business|consultancy|agency|organi[sz]ation|charity|non-?profit|association|institute|university|college|network|subsidiary|unit|division|brand|store|website|service|platform|exchange|regulator|watchdog|union|studio|label|outlet|newspaper|magazine|think[- ]tank|foundation|council|authority|ministry|committee|coalition|alliance|consortium|distributor|wholesaler|utility|miner|refiner|automaker|carmaker|chipmaker|drugmaker|outfit|laboratory|search[- ]engine";

/// Plurals that introduce a list of organisations.
const ORG_PLURALS: &str = r"companies|firms|chains|retailers|stores|brands|banks|lenders|insurers|carriers|airlines|vendors|suppliers|makers|manufacturers|providers|rivals|competitors|publishers|broadcasters|networks|groups|organi[sz]ations|charities|universities|clients|partners|websites|platforms|studios|labels|giants|start-?ups|businesses|operators|developers|agencies|outlets|newspapers|customers|investors|backers|sponsors|players";

/// What an organisation has that a possessive points at.
const POSSESSIONS: &str = r"experts|analysts|researchers|shares|share price|stock|profits?|revenues?|sales|earnings|results|accounts|board|chief executive|chief|ceo|cio|cfo|cto|boss|spokesman|spokeswoman|spokesperson|customers|subscribers|clients|employees|staff|workers|workforce|headquarters|website|products|services|subsidiary|chairman|founder|shareholders|investors|stake|takeover|acquisition|bid|stores|factories|plants|division|unit|market share|operations|executives|management|software|platform|offices";

// The patterns with word lists or Unicode classes are `Pattern`s, whose
// plain builds compile several times cheaper; searched with the build for
// their sentence (`Run::build`) or text.
static ROLE_OF: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?i)\b(?:{ROLES})\s+(?:of|at|for|with)\s+(?:the\s+)?$"
    ))
});
static NOUN_BEFORE: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(&format!(r"(?i)\b(?:{ORG_NOUNS}),?\s+$")));
static APPOSITIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^,\s+((?:a|an|the)\s+[^,;()“”\x22]+)").expect("compiles"));
static APPOSITIVE_HEAD: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(&format!(r"(?i)\b(?:{ORG_NOUNS})\b")));
/// Where an appositive's head noun phrase ends.
static HEAD_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s(?:of|at|for|with|in|on|to|from|who|that|which|whose|where)\s")
        .expect("compiles")
});
static LIST_INTRO: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?i:\b(?:{ORG_PLURALS})\b)[^.;:()]{{0,40}}?(?i:\b(?:including|include|includes|included|such as|like))\s+$"
    ))
});
static LIST_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$").expect("compiles")
});
static POSSESSED: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"^\s+(?:[a-z][\w’'-]*\s+){{0,2}}?(?:{POSSESSIONS})\b"
    ))
});
static BRACKETED_ACRONYM: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"^\s*\((\p{Lu}[\p{Lu}&]{1,7})\)"));

/// Builds this module's costly patterns, for `pipeline`'s warm-up.
pub(crate) const BUILDS: &[fn()] = crate::quotes::lexicon::builds![
    ROLE_OF,
    NOUN_BEFORE,
    APPOSITIVE,
    APPOSITIVE_HEAD,
    HEAD_END,
    LIST_INTRO,
    BRACKETED_ACRONYM,
    ROLE_LIKE
];

/// The words `LIST_INTRO` ends with.
const LIST_CUES: &[&str] = &[
    "including",
    "include",
    "includes",
    "included",
    "such as",
    "like",
];

/// `\s+$` ends every cue regex: `\s` is Unicode's White_Space, as
/// `char::is_whitespace` is; an opening quote ("“Acme") is no match.
fn ends_in_space(before: &str) -> bool {
    before.chars().next_back().is_some_and(char::is_whitespace)
}

/// Whether `before` may end in one of `words` (any case) and white space, as
/// the cue regexes anchored at the end of `before` require: a cheap test that
/// only says no when the regex would. Text that is not plain ASCII near the
/// end is left to the regex (Unicode case folding and white space).
fn may_end_with(before: &str, words: &[&str]) -> bool {
    if !ends_in_space(before) {
        return false;
    }
    let t = before.trim_end().as_bytes();
    let tail = &t[t.len().saturating_sub(12)..];
    !tail.is_ascii()
        || words.iter().any(|w| {
            tail.len() >= w.len() && tail[tail.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
        })
}

/// Whether `ROLE_OF` may match: `before` ends in a preposition, or in one and
/// "the" (not in "the" alone, the commonest word before a name).
fn may_follow_role(before: &str) -> bool {
    const PREPOSITIONS: &[&str] = &["of", "at", "for", "with"];
    if !may_end_with(before, &["of", "at", "for", "with", "the"]) {
        return false;
    }
    let t = before.trim_end();
    match t.len().checked_sub(3) {
        Some(cut) if t.as_bytes()[cut..].eq_ignore_ascii_case(b"the") => {
            may_end_with(&t[..cut], PREPOSITIONS)
        }
        _ => true,
    }
}

/// `ROLE_OF.is_match(before)`, searching only the last five words of `before`:
/// a match spans at most five (a role of up to three words, a preposition and
/// "the"), and the regex still sees the text before them, for `\b`. `build`
/// as for `Pattern::pick`.
fn role_of(before: &str, build: Build) -> bool {
    if !may_follow_role(before) {
        return false;
    }
    let (mut from, mut words, mut in_word) = (0, 0, false);
    for (i, c) in before.char_indices().rev() {
        if !c.is_whitespace() {
            in_word = true;
            continue;
        }
        if in_word {
            words += 1;
            if words == 5 {
                from = i + c.len_utf8();
                break;
            }
        }
        in_word = false;
    }
    ROLE_OF.pick(build).is_match_at(before, from)
}

/// `NOUN_BEFORE.is_match(before)`, searching only the end of `before`, where
/// a match must lie (the regex still sees the text before, for `\b`).
fn noun_before(before: &str, build: Build) -> bool {
    if !ends_in_space(before) {
        return false;
    }
    let t = before.trim_end();
    // A match ends in a noun (of at most 13 letters) and maybe a comma. Every
    // noun ends in a letter (in any case folding): a dash or a quote there is
    // no match, and would cost the regex a full search (non-ASCII stops its
    // reverse scan).
    let last = t.strip_suffix(',').unwrap_or(t).chars().next_back();
    if !last.is_some_and(char::is_alphabetic) {
        return false;
    }
    let mut from = 0;
    if t.ends_with(|c: char| c.is_ascii_alphabetic() || c == ',') {
        from = t.len().saturating_sub(64);
        while !before.is_char_boundary(from) {
            from -= 1;
        }
    }
    NOUN_BEFORE.pick(build).is_match_at(before, from)
}

/// Words that may follow the head noun of an appositive.
#[rustfmt::skip]
const APPOSITIVE_GOES_ON: &[&str] = &[
    "of", "in", "at", "for", "with", "by", "from", "on", "that", "which", "who", "whose", "based",
    "owned", "headquartered", "known", "founded", "listed", "run", "backed", "controlled",
];

/// Job words that may stand before a name ("Treasurer Peter Costello").
#[rustfmt::skip]
const LEADING_ROLES: &[&str] = &[
    "treasurer", "minister", "chancellor", "secretary", "governor", "senator", "mayor",
    "economist", "analyst", "chairman", "chairwoman", "president", "director", "chief",
    "executive", "spokesman", "spokeswoman", "spokesperson", "professor", "founder", "boss",
    "ceo", "cio", "cfo", "cto", "coo", "cmo", "manager", "editor", "judge", "general", "premier",
    "economy", "finance", "foreign", "trade", "deputy", "vice", "former", "prime", "republican",
    "democrat", "democratic", "conservative", "labour", "tory", "gop", "sen", "sen.", "rep",
    "rep.", "gov", "gov.", "city", "county", "state", "district", "attorney", "commissioner",
    "police", "candidate", "nominee", "lawmaker", "rival", "coach", "captain",
];

/// Words heading a role an appositive gives a person.
static ROLE_LIKE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"^(?:[\w'’.&-]+\s+){{0,6}}?(?i:(?:{ROLES}|minister|secretary|governor|mayor|senator|student|graduate|member|author|writer|journalist|teacher|doctor|expert|official|leader|candidate|campaigner|activist|player|coach|actor|singer|judge|ambassador|general|host|resident|user|gamer|researchers|scientists|specialist|commissioner|aide|representative|envoy|administrator|inventor|entrepreneur|blogger|columnist|historian|lecturer|officer)s?\b)"
    ))
});

// The word lists above as sets (they are checked per run).
static ORG_SUFFIX_SET: WordSet = LazyLock::new(|| set(ORG_SUFFIXES));
static ORG_HEAD_SET: WordSet = LazyLock::new(|| set(ORG_HEADS));
static GENERIC_ACRONYM_SET: WordSet = LazyLock::new(|| set(GENERIC_ACRONYMS));
static PLACE_SET: WordSet = LazyLock::new(|| set(PLACES));
static KNOWN_ORG_SET: WordSet = LazyLock::new(|| set(KNOWN_ORGS));
static NOT_PERSON_SET: WordSet = LazyLock::new(|| set(NOT_PERSON_WORDS));
static LEADING_ROLE_SET: WordSet = LazyLock::new(|| set(LEADING_ROLES));

/// A run of capitalised words in one sentence.
#[derive(Debug)]
struct Run<'a> {
    sentence: &'a str,
    sentence_index: usize,
    /// Byte range of the name in the sentence (a stripped possessive excluded).
    start: usize,
    end: usize,
    /// Where the text after the run starts (after a stripped possessive).
    after_at: usize,
    words: Vec<&'a str>,
    /// Opens the sentence with a word that may be capitalised by position only.
    initial: bool,
    possessive: bool,
    /// Joined through an organisation word and "of" ("Bank of England").
    head_join: bool,
    /// The build of the patterns for the sentence.
    build: Build,
}

impl<'a> Run<'a> {
    /// The name with its white space made single spaces: borrowed when it
    /// has them already, as most do.
    fn name(&self) -> Cow<'a, str> {
        let raw = &self.sentence[self.start..self.end];
        if raw
            .split(' ')
            .all(|w| !w.is_empty() && !w.contains(char::is_whitespace))
        {
            return Cow::Borrowed(raw);
        }
        Cow::Owned(raw.split_whitespace().collect::<Vec<_>>().join(" "))
    }
    fn before(&self) -> &str {
        &self.sentence[..self.start]
    }
    fn after(&self) -> &str {
        &self.sentence[self.after_at..]
    }
}

/// Finds the people and organisations of an article's body, given the quote
/// speakers and the people the quotes module saw introduced.
pub(crate) fn find<'a>(
    blocks: &'a [Block],
    body: &terms::BodyTokens<'a>,
    speakers: &[Speaker],
    introduced: &[people::Person],
    author: Option<&str>,
) -> Names {
    let lower_seen = lowercase_words(body.words());
    let mut runs: Vec<Run> = Vec::new();
    for (si, s) in blocks.iter().flat_map(|b| b.sentence_texts()).enumerate() {
        runs_of(s, si, body.sentence(si), &lower_seen, &mut runs);
    }

    // Organisations, by a folded key ("TimeWarner" = "Time Warner").
    let mut orgs: BTreeMap<String, OrgCandidate> = BTreeMap::new();
    let mut aliases: Vec<(String, String)> = Vec::new();
    let mut list_member: Option<usize> = None;
    for (ri, run) in runs.iter().enumerate() {
        let prev = ri
            .checked_sub(1)
            .map(|p| &runs[p])
            .filter(|p| p.sentence_index == run.sentence_index);
        let gap = prev.map_or("", |p| &run.sentence[p.after_at.min(run.start)..run.start]);
        let in_list = (may_end_with(run.before(), LIST_CUES)
            && LIST_INTRO.pick(run.build).is_match(run.before()))
            || (list_member == Some(ri.wrapping_sub(1)) && LIST_GAP.is_match(gap));
        if in_list {
            list_member = Some(ri);
        }
        let description = appositive(run.after());
        let possessive_org = run.possessive && POSSESSED.pick(run.build).is_match(run.after());
        let strong = in_list
            || is_in(&KNOWN_ORG_SET, &run.name())
            || possessive_org
            || description.is_some()
            || run.head_join
            || has_org_cue(&run.words)
            || noun_before(run.before(), run.build);
        // "CIO of Supervalu", but also "a spokeswoman for Hillary Clinton".
        let weak = role_of(run.before(), run.build);
        if !(strong || weak) || !plausible_org(run, &lower_seen) {
            continue;
        }
        add_org(&mut orgs, run, description, strong);
        if let Some(m) = BRACKETED_ACRONYM.pick(run.build).captures(run.after()) {
            aliases.push((m[1].to_string(), fold(&run.name())));
        }
        // "Gartner and Korn/Ferry's experts": both own the experts.
        if let Some(p) = prev {
            if possessive_org && gap.trim() == "and" && plausible_org(p, &lower_seen) {
                add_org(&mut orgs, p, None, true);
            }
        }
    }

    let mut persons = strong_people(speakers, introduced, author);
    persons.retain(|(name, _)| !orgs.get(&fold(name)).is_some_and(|o| o.strong));
    for name in surname_people(&runs) {
        if !orgs.contains_key(&fold(&name)) && !persons.iter().any(|(n, _)| *n == name) {
            persons.push((name, None));
        }
    }
    // A person's surname used as a possessive is no company.
    let person_keys: Vec<String> = persons
        .iter()
        .flat_map(|(n, _)| [fold(n), fold(people::surname(n))])
        .collect();
    orgs.retain(|key, _| !person_keys.contains(key));

    count(&runs, persons, orgs, &aliases)
}

#[derive(Debug)]
struct OrgCandidate {
    /// Spellings seen, with counts; the most frequent is reported.
    spellings: BTreeMap<String, usize>,
    description: Option<String>,
    first: (usize, usize),
    /// Some evidence beats a speaker's claim to be a person.
    strong: bool,
}

fn add_org(
    orgs: &mut BTreeMap<String, OrgCandidate>,
    run: &Run,
    description: Option<String>,
    strong: bool,
) {
    let name = run.name();
    let c = orgs.entry(fold(&name)).or_insert_with(|| OrgCandidate {
        spellings: BTreeMap::new(),
        description: None,
        first: (run.sentence_index, run.start),
        strong,
    });
    c.strong |= strong;
    if c.description.is_none() {
        c.description = description;
    }
    c.spellings.entry(name.into_owned()).or_default();
}

/// Lowercase letters and digits only: the identity of an organisation's name.
fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    fold_into(name, &mut out);
    out
}

/// `fold` into a reused buffer (cleared first); ASCII by byte.
fn fold_into(name: &str, out: &mut String) {
    out.clear();
    if name.is_ascii() {
        let kept = name.bytes().filter(u8::is_ascii_alphanumeric);
        out.extend(kept.map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        let kept = name.chars().filter(|c| c.is_alphanumeric());
        out.extend(kept.flat_map(char::to_lowercase));
    }
}

/// Hashes of every word written in lowercase, sorted: a capitalised word that
/// also appears in lowercase is a common word, not a name.
fn lowercase_words(words: &[(&str, u64)]) -> Vec<u64> {
    let mut seen: Vec<u64> = words
        .iter()
        .filter(|(w, _)| w.chars().next().is_some_and(char::is_lowercase))
        .map(|&(_, h)| h)
        .collect();
    seen.sort_unstable();
    seen.dedup();
    seen
}

/// Whether `lower`, a word already lowercased, is among `lower_seen`.
fn seen_lowercase(lower: &str, lower_seen: &[u64]) -> bool {
    lower_seen.binary_search(&terms::hash(lower)).is_ok()
}

/// Most words of weight are capitalised: a headline or a title, not prose.
/// A reporting verb in lower case ("“No,” Senate Majority Leader Ann
/// Whitaker said.") is prose, even with only stop words beside the names.
fn headline_case(tokens: &[Token]) -> bool {
    let mut weighty = 0;
    for t in tokens {
        // Bytes bound chars from above: fewer than 4 bytes is fewer than 4 chars.
        if t.text.len() < 4 || t.text.chars().count() < 4 {
            continue;
        }
        if t.stop {
            if !t.capital && crate::quotes::lexicon::is_cue_word(t.text) {
                return false;
            }
            continue;
        }
        if !t.capital {
            return false;
        }
        weighty += 1;
    }
    weighty >= 3
}

/// Lowercase words that may join the capitalised words of one name.
fn connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "for"
            | "on"
            | "and"
            | "the"
            | "de"
            | "da"
            | "di"
            | "du"
            | "van"
            | "von"
            | "der"
            | "den"
            | "le"
            | "la"
            | "del"
            | "dos"
            | "bin"
            | "al"
    )
}

/// Whether connectors `tokens[from..to]` join the run ending at `last` to what follows.
fn joins(tokens: &[Token], last: usize, from: usize, to: usize) -> bool {
    let words: Vec<&str> = tokens[from..to].iter().map(|t| t.text).collect();
    match words.as_slice() {
        // Particles of personal names: "Ursula von der Leyen".
        [w, ..] if !matches!(*w, "of" | "for" | "on" | "and" | "the") => words
            .iter()
            .all(|w| !matches!(*w, "of" | "for" | "on" | "and")),
        // "Bank of England", "Council on Foreign Relations".
        ["of" | "for" | "on"] | ["of" | "for" | "on", "the"] => {
            is_in(&ORG_HEAD_SET, tokens[last].text)
        }
        // "Securities and Exchange Commission", not "Gartner and Korn/Ferry"
        // nor "Anderson Cooper and Fox News".
        ["and"] => {
            !is_in(&ORG_SUFFIX_SET, tokens[last].text)
                && (last == 0 || tokens[last].boundary_before || !tokens[last - 1].capital)
                && tokens[to..]
                    .iter()
                    .take(4)
                    .take_while(|t| t.capital)
                    .enumerate()
                    .take_while(|(i, t)| *i == 0 || !t.boundary_before)
                    .last()
                    .is_some_and(|(_, t)| is_in(&ORG_SUFFIX_SET, t.text))
        }
        _ => false,
    }
}

fn possessive_stem(word: &str) -> Option<&str> {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .filter(|w| !w.is_empty())
}

/// Appends the capitalised runs of one sentence.
fn runs_of<'a>(
    sentence: &'a str,
    si: usize,
    tokens: &[Token<'a>],
    lower_seen: &[u64],
    out: &mut Vec<Run<'a>>,
) {
    if headline_case(tokens) {
        return;
    }
    // The patterns' build, worked out for a sentence with a run only.
    let mut build = None;
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].capital {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut possessive = false;
        let mut head_join = false;
        loop {
            let next = last + 1;
            let open = next < tokens.len() && !tokens[next].boundary_before;
            if possessive_stem(tokens[last].text).is_some() {
                // "Korn/Ferry's experts" ends the name; "Albertson's, Shaw's and others" keeps it.
                possessive = open && !matches!(tokens[next].text, "and" | "or");
                break;
            }
            if !open || next - i >= 6 {
                break;
            }
            if tokens[next].capital {
                last = next;
                continue;
            }
            let mut to = next;
            while to < tokens.len()
                && to - next < 2
                && !tokens[to].boundary_before
                && connector(tokens[to].text)
            {
                to += 1;
            }
            if to > next
                && to < tokens.len()
                && !tokens[to].boundary_before
                && tokens[to].capital
                && joins(tokens, last, next, to)
            {
                head_join |= is_in(&ORG_HEAD_SET, tokens[last].text);
                last = to;
                continue;
            }
            break;
        }
        let end_index = last;
        // Drop leading stop words ("The", "I") and a common sentence opener.
        let mut first = i;
        while first <= end_index
            && (tokens[first].stop
                || (first == 0 && common_opener(tokens[first].text, lower_seen))
                || connector(tokens[first].text))
        {
            first += 1;
        }
        i = end_index + 1;
        if first > end_index {
            continue;
        }
        let words: Vec<&str> = tokens[first..=end_index].iter().map(|t| t.text).collect();
        let last_token = &tokens[end_index];
        let full_end = last_token.start + last_token.text.len();
        let end = if possessive {
            full_end
                - (last_token.text.len() - possessive_stem(last_token.text).map_or(0, str::len))
        } else {
            full_end
        };
        let mut words = words;
        if possessive {
            if let Some(w) = words.last_mut() {
                *w = possessive_stem(w).unwrap_or(w);
            }
        }
        // A plural possessive: "Acme Foods' shares".
        let mut after_at = full_end;
        if !possessive {
            let rest = &sentence[full_end..];
            if let Some(r) = rest.strip_prefix(['\'', '’']) {
                if r.starts_with(' ') && last_token.text.ends_with('s') {
                    possessive = true;
                    after_at = full_end + (rest.len() - r.len());
                }
            }
        }
        out.push(Run {
            sentence,
            sentence_index: si,
            start: tokens[first].start,
            end,
            after_at,
            words,
            initial: first == 0,
            possessive,
            head_join,
            build: *build.get_or_insert_with(|| Build::of(sentence)),
        });
    }
}

/// A sentence's first word that is capitalised only by position.
fn common_opener(word: &str, lower_seen: &[u64]) -> bool {
    let lower = word.to_lowercase();
    is_in(&NOT_NAME_SET, word)
        || terms::is_stop(&lower)
        || (lower.chars().count() > 4
            && (lower.ends_with("ing") || lower.ends_with("ly") || lower.ends_with("ed")))
        || seen_lowercase(&lower, lower_seen)
}

fn has_org_cue(words: &[&str]) -> bool {
    if words.len() < 2 {
        return false;
    }
    let last = words[words.len() - 1].trim_end_matches('.');
    if is_in(&ORG_SUFFIX_SET, last) {
        // "IT Department" is a part of something, not its name.
        return !SUBUNITS.contains(&last)
            || words[..words.len() - 1]
                .iter()
                .any(|w| !is_in(&GENERIC_ACRONYM_SET, w));
    }
    is_in(&ORG_HEAD_SET, words[0]) && words.len() >= 3
}

/// Whether a run can be an organisation's name at all.
fn plausible_org(run: &Run, lower_seen: &[u64]) -> bool {
    let name = run.name();
    if is_in(&PLACE_SET, &name) || run.words.iter().all(|w| is_in(&GENERIC_ACRONYM_SET, w)) {
        return false;
    }
    // Title case of a work: "Differentiate Your Company in Ways that Really Matter".
    if run.words.iter().skip(1).any(|w| {
        capitalised(w) && terms::is_stop_word(w) && !matches!(*w, "The" | "Of" | "And" | "For")
    }) {
        return false;
    }
    match run.words.as_slice() {
        [one] => {
            !is_in(&NOT_NAME_SET, one)
                && !terms::is_stop_word(one)
                && !seen_lowercase(&one.to_lowercase(), lower_seen)
                && one.chars().filter(|c| c.is_alphabetic()).count() >= 2
        }
        _ => true,
    }
}

/// "…, a $37.5 billion chain of grocery stores, …" -> the description, when its
/// head noun names a kind of organisation.
fn appositive(after: &str) -> Option<String> {
    if !after.starts_with(',') {
        return None;
    }
    let m = APPOSITIVE.captures(after)?;
    let phrase = m.get(1)?.as_str().trim_end();
    let phrase = phrase.trim_end_matches(['.', '!', '?']);
    let head_end = HEAD_END.find(phrase).map_or(phrase.len(), |h| h.start());
    let head = &phrase[..head_end];
    let head = APPOSITIVE_HEAD.on(head).find_iter(head).last()?;
    // A noun phrase ends at its head or goes on with a modifier; "the company
    // now sells ..." is a clause, not an appositive.
    let rest = phrase[head.end()..].trim_start();
    let next = rest.split_whitespace().next().unwrap_or("");
    if !next.is_empty() && !APPOSITIVE_GOES_ON.contains(&next) {
        return None;
    }
    // Cut at a relative clause: "a chain of grocery stores that include ..." -> "a chain of grocery stores".
    static RELATIVE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\s(?:that|which|who|whose|where)\s").expect("compiles"));
    let cut = RELATIVE.find(phrase).map_or(phrase.len(), |m| m.start());
    Some(phrase[..cut].trim().to_string())
}

/// People with direct evidence: speakers, introductions, the byline.
fn strong_people(
    speakers: &[Speaker],
    introduced: &[people::Person],
    author: Option<&str>,
) -> Vec<(String, Option<String>)> {
    /// `person_name` of each raw name met: a speaker recurs once a quote.
    type Seen<'a> = Vec<(&'a str, Option<String>)>;
    fn name_of<'a>(seen: &mut Seen<'a>, raw: &'a str) -> Option<String> {
        if let Some((_, name)) = seen.iter().find(|(r, _)| *r == raw) {
            return name.clone();
        }
        let name = person_name(raw);
        seen.push((raw, name.clone()));
        name
    }
    fn add<'a>(
        out: &mut Vec<(String, Option<String>)>,
        seen: &mut Seen<'a>,
        raw: &'a str,
        role: Option<&str>,
    ) {
        let Some(name) = name_of(seen, raw) else {
            return;
        };
        // "in Texas" or "who is 70" gives no role.
        let role = || {
            role.map(tidy_role)
                .filter(|r| ROLE_LIKE.on(r).is_match(r) || r == "author")
        };
        match out.iter_mut().find(|(n, _)| *n == name) {
            Some((_, r)) => {
                if r.is_none() {
                    *r = role();
                }
            }
            None => out.push((name, role())),
        }
    }
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    let mut seen: Seen = Vec::new();
    for s in speakers {
        add(&mut out, &mut seen, &s.name, s.role.as_deref());
    }
    let speaking = out.len();
    for p in introduced {
        // "Buenos Aires, wants a tariff rise" is no introduction: an appositive
        // that names no role (or is the next clause) only counts for someone
        // also quoted.
        match &p.role {
            Some(role) if people::is_clause(role) || !ROLE_LIKE.on(role).is_match(role) => {
                let name = name_of(&mut seen, &p.name);
                if out[..speaking]
                    .iter()
                    .any(|(n, _)| Some(n) == name.as_ref())
                {
                    add(&mut out, &mut seen, &p.name, None);
                }
            }
            _ => add(&mut out, &mut seen, &p.name, p.role.as_deref()),
        }
    }
    // "Sam Patel and Jo Lee": each co-author is a person.
    for a in author
        .into_iter()
        .flat_map(|a| a.split(" and "))
        .flat_map(|a| a.split(" & "))
    {
        add(&mut out, &mut seen, a, Some("author"));
    }
    out
}

/// A role up to its relative clause: "a historian who attended" -> "a historian".
fn tidy_role(role: &str) -> String {
    // Every clause word opens with "wh".
    if !role.contains("wh") {
        return role.trim().to_string();
    }
    static CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|\s)(?:who|whom|which|whose|where)\s.*$").expect("compiles")
    });
    CLAUSE.replace(role, "").trim().to_string()
}

/// A full personal name (two or more capitalised words, no organisation word), or None.
fn person_name(raw: &str) -> Option<String> {
    // "Peter Costello. Stock": a full stop after a word (not an initial) ends the name.
    let mut kept: Vec<&str> = Vec::new();
    for w in raw.split_whitespace() {
        let bare = w.trim_end_matches('.');
        let initial = bare.chars().count() <= 2;
        kept.push(if initial { w } else { bare });
        if w.ends_with('.') && !initial {
            break;
        }
    }
    while kept
        .first()
        .is_some_and(|w| is_in(&LEADING_ROLE_SET, &w.to_lowercase()))
    {
        kept.remove(0);
    }
    let name = people::clean_name(&kept.join(" "), false)?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let ok = words.len() >= 2
        && words.len() <= 4
        && !is_in(&PLACE_SET, &name)
        && !words.last().is_some_and(|w| is_in(&PLACE_SET, w))
        && words.iter().all(|w| capitalised(w) || connector(w))
        && !words.iter().any(|w| {
            is_in(&ORG_SUFFIX_SET, w)
                || is_in(&NOT_PERSON_SET, w)
                || later_not_name(w)
                || terms::is_stop_word(w)
                || w.ends_with(['\'', '’'])
                || possessive_stem(w).is_some()
                || camel_case(w)
        });
    ok.then_some(name)
}

/// Days and other words that start sentences but never continue a name
/// ("Florida Friday"); months that are also given names are allowed.
fn later_not_name(word: &str) -> bool {
    is_in(&NOT_NAME_SET, word) && !matches!(word, "May" | "June" | "April" | "August" | "March")
}

/// "EverQuest", "YouTube": a capital inside a word, which names products, not
/// people ("McDonald", "MacIntyre", "DeVito", "O'Neill" excepted).
fn camel_case(word: &str) -> bool {
    let rest = [
        "Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O'", "O’", "D'", "D’",
    ]
    .iter()
    .find_map(|p| word.strip_prefix(p))
    .unwrap_or(word);
    rest.chars()
        .zip(rest.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

/// Words no personal name holds: peoples, faiths, parties, place words, days.
#[rustfmt::skip]
const NOT_PERSON_WORDS: &[&str] = &[
    "American", "Americans", "African", "Africans", "British", "English", "French", "German",
    "Germans", "Chinese", "Japanese", "Indian", "Russian", "Mexican", "Canadian", "Australian",
    "European", "Europeans", "Asian", "Arab", "Arabs", "Muslim", "Muslims", "Christian",
    "Christians", "Jewish", "Jews", "Catholic", "Catholics", "Sunni", "Sunnis", "Shia", "Shiite",
    "Orthodox", "Syrian", "Syrians", "Iraqi", "Iranian", "Israeli", "Palestinian", "Turkish",
    "Kurdish", "Korean", "Italian", "Spanish", "Dutch", "Swiss", "Swedish", "Irish", "Scottish",
    "Welsh", "Western", "Eastern", "Northern", "Southern", "North", "South", "East", "West",
    "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Conservative",
    "Conservatives", "Liberal", "Liberals", "Labour", "Identitarian", "Islamic", "Presidential",
    "County", "City", "State", "States", "Street", "Park", "River", "Island", "Islands", "Atoll",
    "Republic", "Kingdom", "Valley", "Bay", "Mountain", "Mountains", "Lake", "Sea", "Ocean",
    "Airport", "Square", "Road", "Avenue", "Bridge",
   
    "Zero", "Poor", "Crooked", "Box", "Debates", "Halle", "Saint", "St",
];

/// "Bruce Temkin ... Temkin says": a full name whose last word recurs alone.
fn surname_people(runs: &[Run]) -> Vec<String> {
    let mut alone: Vec<&str> = runs
        .iter()
        .filter(|r| r.words.len() == 1)
        .map(|r| r.words[0])
        .collect();
    alone.sort_unstable();
    alone.dedup();
    let mut out: Vec<String> = Vec::new();
    for r in runs {
        let n = r.words.len();
        if !(2..=3).contains(&n) || r.initial {
            continue;
        }
        let all_words = r.words.iter().all(|w| {
            terms::acronym(w).is_none()
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        });
        if !all_words || alone.binary_search(&r.words[n - 1]).is_err() {
            continue;
        }
        if let Some(name) = person_name(&r.name()) {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// Counts mentions and orders people and organisations by them.
fn count(
    runs: &[Run],
    persons: Vec<(String, Option<String>)>,
    mut orgs: BTreeMap<String, OrgCandidate>,
    aliases: &[(String, String)],
) -> Names {
    let mut people_mentions = vec![0usize; persons.len()];
    let mut people_first = vec![(usize::MAX, 0usize); persons.len()];
    let mut folded = String::new();
    for r in runs {
        let raw = r.name();
        let name = people::strip_titles(&raw);
        // A full name may end a run after a title the run kept ("Senate
        // Majority Leader Ann Whitaker"): the word before it is a role word.
        let by_name = persons.iter().position(|(n, _)| {
            n == name
                || (n.contains(' ')
                    && people::name_before(name, n).is_some_and(|before| {
                        before
                            .split_whitespace()
                            .next_back()
                            .is_some_and(crate::quotes::lexicon::is_role_word)
                    }))
        });
        let by_surname = || {
            let mut hits = persons
                .iter()
                .enumerate()
                .filter(|(_, (n, _))| people::surname(n) == name);
            match (hits.next(), hits.next()) {
                (Some((i, _)), None) => Some(i),
                _ => None,
            }
        };
        if let Some(i) = by_name.or_else(|| {
            if name.split_whitespace().count() == 1 {
                by_surname()
            } else {
                None
            }
        }) {
            people_mentions[i] += 1;
            people_first[i] = people_first[i].min((r.sentence_index, r.start));
            continue;
        }
        let key = match aliases.iter().find(|(a, _)| *a == raw) {
            Some((_, k)) => k,
            None => {
                fold_into(&raw, &mut folded);
                &folded
            }
        };
        if let Some(c) = orgs.get_mut(key) {
            *c.spellings.entry(raw.into_owned()).or_default() += 1;
        }
    }

    let mut people: Vec<(usize, (usize, usize), Person)> = persons
        .into_iter()
        .enumerate()
        // Everyone reported is named in the body, except the byline's author.
        .filter(|(i, (_, role))| people_mentions[*i] > 0 || role.as_deref() == Some("author"))
        .map(|(i, (name, role))| {
            (
                i,
                people_first[i],
                Person {
                    name,
                    role,
                    mentions: people_mentions[i],
                },
            )
        })
        .collect();
    people.sort_by(|a, b| {
        b.2.mentions
            .cmp(&a.2.mentions)
            .then(a.1.cmp(&b.1))
            .then(a.0.cmp(&b.0))
    });
    let mut organizations: Vec<((usize, usize), Organization)> = orgs
        .into_values()
        .map(|c| {
            let mentions = c.spellings.values().sum();
            // The most frequent spelling; ties go to the alphabetically first.
            let name = c
                .spellings
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(s, _)| s.clone())
                .unwrap_or_default();
            (
                c.first,
                Organization {
                    name,
                    description: c.description,
                    mentions,
                },
            )
        })
        .collect();
    organizations.sort_by(|a, b| b.1.mentions.cmp(&a.1.mentions).then(a.0.cmp(&b.0)));
    Names {
        people: people.into_iter().map(|(_, _, p)| p).collect(),
        organizations: organizations.into_iter().map(|(_, o)| o).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::digest::test_block as block;

    fn names(paragraphs: &[&str]) -> (Vec<String>, Vec<String>) {
        let blocks: Vec<Block> = paragraphs.iter().map(|p| block(p)).collect();
        let q = crate::quotes::extract(&crate::model::Document::new("t", String::new()), &blocks);
        let body = terms::BodyTokens::of(&blocks);
        let n = find(&blocks, &body, &q.speakers, &q.persons, None);
        (
            n.people.into_iter().map(|p| p.name).collect(),
            n.organizations.into_iter().map(|o| o.name).collect(),
        )
    }

    #[test]
    fn a_name_after_a_title_the_run_kept() {
        let (people, _) = names(&[
            "The measure keeps agencies funded at current levels. \"Nobody wanted to spend Christmas arguing about this,\" Senate Majority Leader Ann Whitaker said.",
            "The National Association of Purchasing Management-Chicago said orders fell.",
        ]);
        assert_eq!(people, ["Ann Whitaker"]);
    }

    #[test]
    fn a_quote_paragraph_of_one_sentence_is_prose() {
        let (people, _) =
            names(&["\"Nobody wanted this,\" Senate Majority Leader Ann Whitaker said."]);
        assert_eq!(people, ["Ann Whitaker"]);
        // Headlines still give no runs.
        let (people, orgs) = names(&["Senate Majority Leader Ann Whitaker Says Bill Will Pass"]);
        assert!(people.is_empty() && orgs.is_empty(), "{people:?} {orgs:?}");
    }

    #[test]
    fn evidence_for_people_and_organisations() {
        let (people, orgs) = names(&[
            "Few analysts expected the deal. \"We were surprised,\" says Maria Lopez, chief economist at Harbour Bank.",
            "The merger joins Norvale, a regional grocery chain, with stores that include Farrow's, Quickmart and Delby's.",
            "Rethinking supply is hard, Lopez says. Pellman and Brightwater's analysts disagree.",
            "The Institute of Retail Studies and the Fresh Food Council published figures on Monday.",
        ]);
        assert_eq!(people, ["Maria Lopez"]);
        for org in [
            "Harbour Bank",
            "Norvale",
            "Farrow's",
            "Quickmart",
            "Delby's",
            "Pellman",
            "Brightwater",
            "Institute of Retail Studies",
            "Fresh Food Council",
        ] {
            assert!(orgs.iter().any(|o| o == org), "{org} missing from {orgs:?}");
        }
        assert_eq!(orgs.len(), 9, "{orgs:?}");
    }

    #[test]
    fn role_of_agrees_with_its_regex() {
        for before in [
            "Few analysts knew that the chief technology officer of the ",
            "“We were surprised,” says Jo Hart, ex-chief executive at\u{a0}",
            "He is now a vice president  for ",
            "It was the economist with ",
            "economist of ",
            "the head of the ",
            "the chief executive of “",
            "of the ",
            "the city of ",
            "",
        ] {
            let build = Build::of(before);
            assert_eq!(
                role_of(before, build),
                ROLE_OF.is_match(before),
                "{before:?}"
            );
        }
    }

    #[test]
    fn cue_checks_agree_with_their_regexes() {
        for before in [
            "the grocery chain, ",
            "the grocery chain “",
            "retailers such as\u{a0}",
            "retailers such as “",
            "the search engine\u{2003}",
            "the grocery chain — ",
            "the grocery chain,, ",
            "the grocery cháin ",
            "the bank’s ",
            "the ban\u{212a} ",
            "",
        ] {
            assert_eq!(
                noun_before(before, Build::of(before)),
                NOUN_BEFORE.is_match(before),
                "{before:?}"
            );
            let list = may_end_with(before, LIST_CUES) && LIST_INTRO.is_match(before);
            assert_eq!(list, LIST_INTRO.is_match(before), "{before:?}");
        }
    }

    #[test]
    fn sentence_openers_and_headlines_are_no_names() {
        let (people, orgs) = names(&[
            "Running IT is hard. Most CIOs agree. Data and analytics matter, yet Twenty-seven percent disagree.",
            "Rethinking Talent Management Strategies For The Digital Age",
            "Acquisition of flexible platforms helps. Stop mining the data, says Tom Reyes, a partner at the firm.",
        ]);
        assert_eq!(people, ["Tom Reyes"]);
        assert!(orgs.is_empty(), "{orgs:?}");
    }

    #[test]
    fn organisation_evidence_beats_a_speaker() {
        let (people, orgs) = names(&[
            "Acme Foods said on Friday that profits rose. Acme Foods' shares rose 3%.",
            "\"It was a good year,\" said Acme Foods chief executive Jo Hart.",
        ]);
        assert!(!people.iter().any(|p| p == "Acme Foods"), "{people:?}");
        assert!(orgs.iter().any(|o| o == "Acme Foods"), "{orgs:?}");
    }

    #[test]
    fn industry_words_and_well_known_names_make_organisations() {
        // Well-known names need no cue, and saying something makes no one a person.
        let (people, orgs) = names(&[
            "Orbis Semiconductor now expects lower revenue.",
            "\"Demand is soft,\" said Quarry Analytics. Brightline Logistics agreed.",
            "Microsoft said it would spend more. Goldman Sachs said the spending could last.",
        ]);
        for org in [
            "Orbis Semiconductor",
            "Quarry Analytics",
            "Brightline Logistics",
            "Microsoft",
            "Goldman Sachs",
        ] {
            assert!(orgs.iter().any(|o| o == org), "{org}: {orgs:?}");
            assert!(!people.iter().any(|p| p == org), "{org}: {people:?}");
        }
    }
}
