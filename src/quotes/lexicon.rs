//! Word lists and patterns shared by attribution and reported speech.

use regex::Regex;
use std::sync::LazyLock;

/// Reporting verbs, in every form news uses (longest alternatives first).
pub const CUES: &str = "says|said|say|saying|told|tells|tell|added|adds|argued|argues|noted|notes|explained|explains|\
asked|asks|claimed|claims|stated|states|wrote|writes|insisted|insists|warned|warns|continued|continues|\
recalled|recalls|suggested|suggests|acknowledged|acknowledges|admitted|admits|declared|declares|replied|replies|\
responded|responds|announced|announces|observed|observes|commented|comments|remarked|remarks|concluded|concludes|\
predicted|predicts|emphasized|emphasised|stressed|stresses|urged|urges|tweeted|posted|joked|jokes|quipped|\
wondered|wonders|agreed|agrees|cautioned|cautions|conceded|concedes|contended|contends|maintained|maintains|\
countered|counters|pointed out|points out|according to|recounted|reiterated|testified|confirmed|confirms|\
complained|complains|boasted|boasts|vowed|vows|promised|promises|thundered|shouted|whispered|laughed|\
estimated|estimates|believes|believed|thinks|thought|predicted|likened";

/// Words that can head a descriptive speaker ("the company", "a spokesperson").
pub const SPEAKER_NOUNS: &str = "spokesperson|spokesman|spokeswoman|spokespeople|company|firm|bank|group|government|\
ministry|department|agency|official|officials|source|sources|statement|report|announcer|mayor|president|minister|\
chancellor|governor|senator|secretary|chairman|chairwoman|chief|executive|director|analyst|analysts|expert|experts|\
economist|economists|researcher|researchers|professor|police|prosecutor|prosecutors|lawyer|lawyers|attorney|judge|\
court|commission|regulator|regulators|union|businessman|businesswoman|candidate|nominee|campaign|activist|activists|\
employee|employees|worker|workers|resident|residents|woman|man|student|teacher|doctor|manager|founder|owner|ceo|cio|\
cfo|cto|leader|leaders|organisers|organizers|authorities|administration|white house|kremlin|pentagon|office|team|\
party|club|council|board|website|newspaper|magazine|\\d+-year-old";

/// Honorifics and titles that may precede a name; kept out of the name.
pub const TITLES: &str = "Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sen|Senator|Rep|Representative|Gov|Governor|Gen|General|\
President|Vice President|Mayor|Chancellor|Prime Minister|Minister|Secretary|Judge|Justice|Sir|Dame|Lord|Lady|Rev|\
Father|Sister|Pope|King|Queen|Prince|Princess|Sheikh|Chairman|Chief Executive|CEO|Coach|Captain|Capt|Lt|Col|Sgt|Det|\
Officer|Commissioner|Ambassador|Speaker|Leader|Premier|Director|Nominee";

/// A personal name: capitalised words, initials and particles (no title).
pub const NAME: &str = r"\p{Lu}[\p{L}’'\-]*\.?(?:\s+(?:(?:de|da|van|von|der|den|bin|al|la|le|del|di|du|dos|el|ter|St\.)\s+)?\p{Lu}[\p{L}’'\-]*\.?){0,3}";

fn compile(p: &str) -> Regex {
    Regex::new(p).expect("lexicon pattern compiles")
}

/// The cue alone, as a whole word.
pub static CUE: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"(?i)\b(?:{CUES})\b")));

/// First-person and impersonal subjects that never make a quote's speaker.
pub fn is_non_speaker(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "i" | "we" | "you" | "it" | "this" | "that" | "there" | "one"
    )
}

pub fn is_pronoun(w: &str) -> bool {
    matches!(w.to_lowercase().as_str(), "he" | "she" | "they")
}

/// Capitalised words that start sentences but never names.
pub const NOT_NAME_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "For",
    "With",
    "From",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Its",
    "There",
    "Here",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "Many",
    "Most",
    "Some",
    "All",
    "Just",
    "Only",
    "Even",
    "Still",
    "Also",
    "However",
    "Meanwhile",
    "Now",
    "Then",
    "Today",
    "Yesterday",
    "Last",
    "Next",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
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
    "Not",
    "No",
    "Yes",
    "Asked",
    "According",
    "Despite",
    "Although",
    "Because",
    "Since",
    "Until",
    "Under",
    "Over",
    "By",
    "To",
    "Of",
    "Do",
    "Does",
    "Did",
    "Is",
    "Are",
    "Was",
    "Were",
    "Will",
    "Would",
    "Can",
    "Could",
    "Should",
    "Let",
    "Like",
];

/// Words that mark an organisation rather than a person.
pub const ORG_WORDS: &[&str] = &[
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Co",
    "Co.",
    "Ltd",
    "Ltd.",
    "LLC",
    "plc",
    "PLC",
    "Group",
    "Council",
    "Network",
    "University",
    "Institute",
    "Association",
    "Foundation",
    "Bank",
    "Company",
    "Corporation",
    "Agency",
    "Ministry",
    "Department",
    "Party",
    "Committee",
    "Commission",
    "Board",
    "Office",
    "Service",
    "Services",
    "Systems",
    "Partners",
    "Holdings",
    "Media",
    "News",
    "Times",
    "Post",
    "Journal",
    "Press",
    "Club",
    "Centre",
    "Center",
    "Organization",
    "Organisation",
    "Union",
    "Federation",
    "Authority",
    "Court",
    "House",
    "Research",
    "Interactive",
    "Technologies",
    "Capital",
    "Fund",
    "Trust",
    "Airlines",
    "Motors",
    "Labs",
    "Entertainment",
    "Studios",
    "Alliance",
    "Movement",
    "Forum",
    "Times",
    "Street",
    "Magazine",
];
