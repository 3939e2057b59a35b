//! Line-level recognition of web furniture: paywalls, promos, bylines, footers...
//!
//! Each rule is a case-insensitive pattern with a word limit: furniture is short,
//! so a long body paragraph that merely mentions "cookies" or "newsletter" is
//! never taken. Position-dependent decisions (author bios, site footers, "read
//! more" at the end) are made in `parse::mod`, which knows where the body is.

use crate::model::BoilerplateKind::{self, *};
use crate::quotes::lexicon::{Build, Pattern};
use regex::{Regex, RegexSet};
use std::sync::LazyLock;

/// (kind, pattern, the most words a matching line may have).
const RULES: &[(BoilerplateKind, &str, usize)] = &[
    // Site footers first: their link rows name cookies, newsletters and social media.
    (
        SiteFooter,
        r"^\W*(about us|contact us|privacy( policy| notice)?|terms (of (use|service)|and conditions|& conditions)|site ?map|careers|advertise( with us)?|accessibility|help center|faq)(\s*[|/·•,]\s*\w[\w ]{0,25})*\W*$",
        15,
    ),
    (
        SiteFooter,
        r"^\W*(powered by|designed by|site by|website by)\b",
        10,
    ),
    // Paywalls and registration walls.
    (Paywall, r"^\W*to (continue|keep) reading\b", 25),
    (
        Paywall,
        r"^\W*to read (the|this) (full|whole|rest of the|entire) (story|article)\b|\b(log ?in|sign ?in) or (register|subscribe|sign ?up) to (read|continue|view)\b|^\W*register (now |for free )?to read\b",
        25,
    ),
    (
        Paywall,
        r"\b(register|subscribe|sign (up|in)|log ?in) (now |today |for free )?to (continue|keep) reading\b",
        30,
    ),
    (
        Paywall,
        r"\b(this|the rest of this|the full) (article|story|content) is (only )?(available|reserved|exclusive) (to|for) (subscribers|members|registered)",
        40,
    ),
    (
        Paywall,
        r"^\W*(already a (subscriber|member)|subscribe to (read|unlock|continue)|you have (reached|read) (your|all|\d+) .*(free )?(articles|stories)|create a free account to)",
        40,
    ),
    (
        Paywall,
        r"^\W*(subscribers? only|premium content|unlock (this|full) (article|story))\W*$",
        8,
    ),
    // Rights and reprints.
    (
        RightsNotice,
        r"\b(reproduction|redistribution|republication) (is )?(permitted|prohibited|not permitted)",
        40,
    ),
    (RightsNotice, r"\ball rights reserved\b", 30),
    (RightsNotice, r"^\W*reuse this (content|article)\W*$", 4),
    (
        RightsNotice,
        r"^\W*our (standards|editorial (standards|principles))\s*:",
        15,
    ),
    (
        RightsNotice,
        r"^\W*(this|the) (article|story|post|piece|column) (was )?(originally|first) (appeared|published|ran|posted) (in|on|at|by)\b|\b(republished|reprinted|reproduced) (here )?with (kind )?permission\b",
        30,
    ),
    (
        RightsNotice,
        r"^\W*(copyright|©|\(c\))(\s*(©|\(c\)))?\s*(\d{4}|[A-Z])",
        30,
    ),
    (
        RightsNotice,
        r"\bfor (reprints|reprint permission|permission to reprint)\b",
        30,
    ),
    (
        RightsNotice,
        r"\bmay not be (re)?(published|broadcast|rewritten|redistributed)\b",
        40,
    ),
    // Related links and "more by".
    (
        RelatedLinks,
        r"^\W*more (articles|stories|posts|columns|news) (by|from)\b",
        12,
    ),
    (
        RelatedLinks,
        r"^\W*(related|recommended|popular|trending|most read|most popular|top|latest|more)( articles| stories| content| posts| links| reading| coverage| news| topics| videos)?\s*(:|$)",
        20,
    ),
    (RelatedLinks, r"^\W*(see|read) also\b", 20),
    (
        RelatedLinks,
        r"^\W*(explore|more) (more )?on (these|this|related) (topics?|subjects?|stories)\W*$",
        6,
    ),
    (
        RelatedLinks,
        r"^\W*(you (may|might) (also )?(like|enjoy|be interested in)|recommended for you|further reading|more from (our|the)|more on this (story|topic)|in this (story|article)\s*(:|$)|editor['’]s picks|up next|read next|don['’]t miss|around the web|popular now)\b",
        20,
    ),
    (
        RelatedLinks,
        r"^\W*(read|see|watch|listen) (more|next|now)\s*[:›»>|-]",
        25,
    ),
    (RelatedLinks, r"^\W*(related|read more|more)\s*:", 25),
    (RelatedLinks, r"^\W*next,? read( this)?\s*:", 25),
    (
        RelatedLinks,
        r"^\W*most (read|popular|viewed|shared|watched) (from|on|at) (?-i:\p{Lu})\S*(\s+(?-i:\p{Lu})\S*)?\W*$",
        6,
    ),
    // Promotions and advertising.
    (
        Promo,
        r"^\W*download (our|the|cio['’]s|your|a free)?\b.*\b(issue|report|guide|e-?book|white ?paper|pdf|app)\b",
        25,
    ),
    (Promo, r"^\W*(get|grab|claim) (your|a|the) free\b", 20),
    (
        Promo,
        r"\b(digital (issue|edition)|special offer|limited[- ]time offer|promo code|free trial)\b",
        20,
    ),
    (
        Promo,
        r"^\W*(sponsored( content| post)?|partner content|paid (post|content)|presented by|brought to you by)\b",
        12,
    ),
    (
        Promo,
        r"^\W*(click here|tap here|learn more|find out more|register (now|today|here)|join us)\b",
        15,
    ),
    (
        Promo,
        r"^\W*(attend|join|register for) (our|the) (free )?(webinar|event|conference|summit)\b",
        25,
    ),
    (
        Advertisement,
        r"^\W*((advertisement|advertising|ad)(\s*[-–—:|]?\s*(scroll (down )?to continue( reading)?|continue reading below|story continues below))?|sponsored|story continues below( advertisement)?|article continues below)\W*$",
        5,
    ),
    // Newsletters, social, cookies.
    (
        Newsletter,
        r"\b(newsletters?|mailing list|in your inbox|to your inbox|daily briefing)\b",
        12,
    ),
    (
        Newsletter,
        r"^\W*(sign up|subscribe)\b.*\b(e-?mail|updates|alerts|briefing|digest)\b",
        25,
    ),
    (Newsletter, r"^\W*enter your e-?mail\b", 20),
    (Newsletter, r"^\W*privacy notice\s*:.*\bnewsletters?\b", 40),
    (
        Social,
        r"^\W*(share|tweet|pin|email|print)( this)?( (article|story|page|post))?( on| via| with)?\s*(facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email)?\W*$",
        6,
    ),
    (Social, r"^\W*(follow|like|find|join) us on\b", 20),
    (Social, r"^\W*(like this|like loading|share this)\W*$", 4),
    (
        Social,
        r"^(\W*(share|post) (on|via|to) (facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|e-?mail)\W*){2,}$",
        15,
    ),
    (
        Social,
        r"^\W*(facebook|twitter|linkedin|whatsapp|pinterest|reddit|instagram|youtube|tiktok|e-?mail|print|share)(\s*[|/·•,]?\s*(facebook|twitter|linkedin|whatsapp|pinterest|reddit|instagram|youtube|tiktok|e-?mail|print|share|copy link))*\W*$",
        12,
    ),
    (
        Cookie,
        r"\b(we|this (site|website)|we and our (partners|vendors)) uses? cookies\b|\bcookies and similar technologies\b|\bcookie (policy|settings|preferences|consent)\b|\baccept (all )?cookies\b",
        50,
    ),
    // A consent banner's heading and buttons.
    (
        Cookie,
        r"^\W*(we value your privacy|your privacy choices|privacy (settings|preferences))\W*$|^\W*(accept|reject|decline|allow|deny) (all|cookies|all cookies)\W*$|^\W*(manage|customi[sz]e) (preferences|settings|options|cookies|choices)\W*$",
        5,
    ),
    // Comments.
    (
        CommentWidget,
        r"^\W*(add|post|leave|write|submit|view|show|hide|load|read|see) (your |a |all |the |\d+ )?(comments?|reply|replies)\b",
        8,
    ),
    (
        CommentWidget,
        r"^\W*(\d+ )?(comments?|responses|replies|discussion)( \(\d+\))?\W*$",
        4,
    ),
    (
        CommentWidget,
        r"^\W*(join|start) the (conversation|discussion)\b",
        10,
    ),
    // Comment forms.
    (
        CommentWidget,
        r"^\W*(leave a (reply|comment)|cancel reply|post comment|submit comment)\b|\byour e-?mail address will not be published\b|\brequired fields are marked\b|^\W*save my name, e-?mail,? and website\b",
        25,
    ),
    (
        CommentWidget,
        r"^\W*(name|e-?mail|website|comment)\s*\*\s*$",
        2,
    ),
    (
        CommentPolicy,
        r"\bcomment(s|ing)? (policy|guidelines|section|rules)\b",
        80,
    ),
    (
        CommentPolicy,
        r"\b(comments|posts) (are moderated|represent the views|may be moderated|will be reviewed)\b",
        80,
    ),
    (
        CommentPolicy,
        r"\b(content|accuracy) of (the )?comments\b",
        80,
    ),
    (
        CommentPolicy,
        r"\bcommunity (guidelines|standards|rules)\b",
        40,
    ),
    // Disclaimers.
    (
        Disclaimer,
        r"\b(opinions|views) expressed (herein|here|in this|above|are)\b",
        80,
    ),
    (
        Disclaimer,
        r"\bdo(es)? not necessarily (reflect|represent) the (views|opinions|position)\b",
        80,
    ),
    (
        Disclaimer,
        r"\b(accepts?|assumes?) no (legal )?(liability|responsibility)\b",
        80,
    ),
    (
        Disclaimer,
        r"\bnot (intended as|to be construed as|a substitute for) (financial|legal|investment|medical|professional) advice\b",
        80,
    ),
    (
        Disclaimer,
        r"^\W*(disclaimer|disclosure|editor['’]s note|editorial note)\s*:",
        80,
    ),
    (
        Disclaimer,
        r"\b(affiliate (links?|commission)|we may (earn|receive) (a )?(small )?commission)\b",
        50,
    ),
    // A wire story's update note: "(Updates with analyst comment in fifth paragraph.)".
    (
        Disclaimer,
        r"^\W*\((updates|adds|recasts|corrects|changes|rewrites|refiles)\b[^()]*\)\W*$",
        25,
    ),
    // An archive notice over an old story.
    (
        Disclaimer,
        r"^\W*this (article|story|content|page) is (more than|over) (a|an|one|two|three|four|five|\d+) (years?|months?|weeks?|days?) old\W*$",
        12,
    ),
    // Navigation, footer, captions, bylines, datelines.
    (
        Navigation,
        r"^\W*(skip to (main )?content|skip navigation|back to top|return to top|jump to|main menu|menu|search|home|next (article|story|page)|previous (article|story|page)|print this page|continue reading the main story|listen to this (article|story)|play audio|toggle navigation|close|open menu)\W*$",
        6,
    ),
    (
        Navigation,
        r"^\W*(log ?in|sign ?in|sign ?up|register|subscribe( now| today)?|my account)(\s*[|/·•]\s*(log ?in|sign ?in|sign ?up|register|subscribe|my account))*\W*$",
        6,
    ),
    (Navigation, BREADCRUMBS, 20),
    // Section labels of news-database exports (ProQuest, LexisNexis): capitals only.
    (
        Navigation,
        r"(?-i)^(ABSTRACT|FULL TEXT|LENGTH: \d[\d,]* words|LOAD-DATE: .*|SECTION: .*|DOCUMENT-TYPE: .*|PUBLICATION-TYPE: .*|LANGUAGE: [A-Z]+)\W*$",
        8,
    ),
    (
        Caption,
        r"^\W*(image|photo|picture|video|graphic|illustration)( credit| caption| source)?\s*:|^\W*(image|photo|video) (caption|source|credit)\s*,",
        30,
    ),
    (
        Caption,
        r"^\W*\(?(photo|image|picture)( credit)?:?\s*[^)]*(getty images|reuters|ap photo|afp|shutterstock|istock)\W*\)?\s*$",
        15,
    ),
    (
        Caption,
        r"^[^.]*\((getty images|reuters|ap photo|afp|shutterstock|istock|file photo)[^)]*\)\s*$",
        25,
    ),
    // A caption ending in its credit: "Turbines off Norfolk. Photograph: Chris Radburn/Reuters".
    (
        Caption,
        r"\b(photograph|photo|photo ?illustration|illustration|composite|image|picture)( credit)?\s*:\s*(?-i:\p{Lu}\S*(\s+(\p{Lu}|/|via\b|for\b|and\b)\S*){0,6})\s*$",
        40,
    ),
    (
        Byline,
        r"^\W*by\s+\p{Lu}[\w.'’-]*(\s+\p{Lu}[\w.'’-]*){0,3}(\s*(,|and|&|\||-|–|—)\s*.*)?$",
        14,
    ),
    (
        Byline,
        r"^\W*(written by|posted by|words by|reporting by|author)\s*:?\s+(?-i:\p{Lu})",
        14,
    ),
    // A byline's role with the site or date: "Contributing writer, CIO | Nov 12, 2025".
    (
        Byline,
        r"^\W*((contributing|senior|staff|guest|special|chief|executive|managing|deputy|associate)\s+)*(writer|editor|reporter|correspondent|columnist|contributor)\s*[,|]",
        14,
    ),
    (Byline, r"^\W*with assistance (from|by) (?-i:\p{Lu})", 20),
    // Contact lines under a wire story: "To contact the reporter on this
    // story:", "Ken Matsuda in Tokyo at kmatsuda@example.net".
    (
        AuthorBio,
        r"^\W*to contact the (reporters?|editors?|authors?|writers?)\b",
        20,
    ),
    (
        AuthorBio,
        r"^(?-i:\p{Lu})[\w.'’-]*(\s+(?-i:\p{Lu})[\w.'’-]*){1,3}(\s+in\s+(?-i:\p{Lu})\w*(\s+(?-i:\p{Lu})\w*)?)?\s+at\s+\S+@\S+\.\w+\W*$",
        12,
    ),
    // Agency credits: "(Reporting by A in London and B in Singapore; Editing by C)",
    // "Associated Press writer Lena Ortiz contributed to this report."
    (
        Byline,
        r"\bcontributed (reporting )?to this (report|story|article)\W*$",
        30,
    ),
    (
        Byline,
        r"^\W*((additional )?reporting|writing) by (?-i:\p{Lu})[^;]*[;,]\s*(editing|edited) by (?-i:\p{Lu})",
        40,
    ),
    (
        Byline,
        r"^\p{Lu}[\w.'’-]+(\s+\p{Lu}[\w.'’-]+){1,3}\s*[|,–—-]\s*((staff |senior |contributing |guest |special |chief )?(reporter|writer|correspondent|editor|columnist|contributor|analyst|blogger|journalist)\b.{0,40}|(reuters|(the )?associated press|ap|afp|bloomberg( news)?|press association|pa media|dpa|upi|cnn|bbc news)\W*)$",
        12,
    ),
    (
        Dateline,
        r"^\W*(published|updated|posted|last (updated|modified)|first published)(\s+(on|at))?\s*:?\s*(\d|(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b).{0,50}$",
        14,
    ),
    (
        Dateline,
        r"^\W*((mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(day)?\.?,?\s+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\b[\s,|:0-9apmAPMESTDUGCBT.-]*$",
        12,
    ),
    (
        Dateline,
        r"^\W*\d+ (minutes?|hours?|days?|weeks?) ago\W*$",
        5,
    ),
    (Dateline, r"^\W*\d+ min(ute)?s? read\W*$", 5),
    (
        Navigation,
        r"^\W*(tags|topics|filed under|categories|keywords|see more on)\s*:",
        25,
    ),
    (
        Dateline,
        r"^\d{1,2}(:\d{2})?\s?([ap]\.m\.|[ap]m)(\s+[A-Z]{2,4})?$",
        4,
    ),
];

/// No rule takes a line longer than this: long lines skip the patterns entirely.
pub(crate) const MAX_WORDS: usize = 80;

/// Stands in the rules for link rows and breadcrumbs (`News | Tech | Jobs |
/// More`, `Home > News > Tech`), which `is_breadcrumb` recognises in code: as
/// patterns, their counted repetitions of "any character but the separator"
/// multiplied the states of the set's DFA, doubling its memory and time.
const BREADCRUMBS: &str = "";

/// The patterned rules as two sets, in the builds of a `lexicon::Pattern`,
/// each with the index in `RULES` of its patterns: the rules anchored at the
/// line start, and the others. Apart, the first set's automaton dies after
/// a line's first words and the second's holds no states of the first's:
/// far fewer states to build than the one set of both made. (Either set
/// would match a rule alike: the split only saves work.)
static SETS: LazyLock<[(Pattern<RegexSet>, Vec<usize>); 2]> = LazyLock::new(|| {
    [true, false].map(|anchored| {
        let rules: Vec<usize> = (0..RULES.len())
            .filter(|&i| RULES[i].1 != BREADCRUMBS && starts_anchored(RULES[i].1) == anchored)
            .collect();
        // ASCII word boundaries keep the set on the fast DFA engines; the
        // words around them in these patterns are ASCII anyway.
        let sources = rules
            .iter()
            .map(|&i| RULES[i].1.replace(r"\b", r"(?-u:\b)"))
            .collect();
        (Pattern::with(sources, compile_set), rules)
    })
});

/// Whether each alternative of pattern `p` starts with `^`, as far as a look
/// at it tells: it opens with `^` and has no `|` outside parentheses.
fn starts_anchored(p: &str) -> bool {
    let p = p.strip_prefix("(?-i)").unwrap_or(p);
    let mut depth = 0;
    let mut escaped = false;
    for c in p.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '(' => depth += 1,
            ')' => depth -= 1,
            '|' if depth == 0 => return false,
            _ => {}
        }
    }
    p.starts_with('^')
}

/// Compiles one build of the set, case-insensitive. With the default 2 MB
/// lazy-DFA cache the set keeps giving up and falls back to a 20x slower NFA
/// simulation. The cache grows only as needed: 16 MB is a ceiling.
fn compile_set(patterns: Vec<String>) -> RegexSet {
    regex::RegexSetBuilder::new(patterns.iter().map(|p| format!("(?i){p}")))
        .dfa_size_limit(16 << 20)
        .build()
        .expect("boilerplate patterns compile")
}

/// Kind of boilerplate `line` is, judged on its own; `words` is its word count.
pub fn classify(line: &str, words: usize) -> Option<BoilerplateKind> {
    let line = line.trim();
    if line.is_empty() || words > MAX_WORDS {
        return None;
    }
    let build = Build::of(line);
    let mut hits: Vec<usize> = Vec::new();
    for (set, set_rules) in SETS.iter() {
        let set = set.pick(build);
        // Most lines match nothing: a plain match test stops early and
        // skips the costlier overlapping search.
        if set.is_match(line) {
            hits.extend(set.matches(line).iter().map(|k| set_rules[k]));
        }
    }
    if is_breadcrumb(line) {
        hits.extend((0..RULES.len()).filter(|&i| RULES[i].1 == BREADCRUMBS));
    }
    hits.sort_unstable();
    hits.into_iter()
        .find(|&i| words <= RULES[i].2)
        .map(|i| RULES[i].0)
}

/// A row of short links (`a | b | c | d`, `a » b » c`, `a › b › c`) or a path
/// of short ASCII labels (`Home > News > Tech`, `Home / Business / Markets`).
fn is_breadcrumb(line: &str) -> bool {
    let chars = |s: &str| s.chars().count();
    let row = |sep: char, min_parts: usize, last_max: usize| {
        // Most lines have no separator at all: skip the split.
        if !line.contains(sep) {
            return false;
        }
        let parts: Vec<&str> = line.split(sep).collect();
        parts.len() >= min_parts
            && parts[..parts.len() - 1]
                .iter()
                .all(|p| (1..=30).contains(&chars(p)))
            && parts.last().is_some_and(|p| chars(p) <= last_max)
    };
    if row('|', 4, 30) || row('»', 3, 40) || row('›', 3, 40) {
        return true;
    }
    static PATH_SEP: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\s+[>/]\s+").expect("compiles"));
    let label = |s: &str| {
        s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '&' | '\'' | ' '))
    };
    // Two separators are needed; a line without '>' or '/' has none.
    if !line.bytes().any(|b| b == b'>' || b == b'/') {
        return false;
    }
    let parts: Vec<&str> = PATH_SEP.split(line).collect();
    parts.len() >= 3
        && parts[..parts.len() - 1].iter().all(|p| {
            let p = p.trim_start();
            p.starts_with(|c: char| c.is_ascii_alphabetic() || c == '&')
                && chars(p) <= 25
                && label(p)
        })
        && parts
            .last()
            .is_some_and(|p| (1..=30).contains(&chars(p)) && label(p))
}

// These patterns are `Pattern`s: their plain builds compile in a tenth of the
// time (Unicode `\p{L}`, `\W` and `\b` make big automata).
static CONTINUE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"^\W*(?i:continue reading|keep reading|read (the )?(full|whole|rest of the|more of the|entire) (article|story|post|piece)|read the rest|read more|full story)\b",
    )
});

/// Builds this module's costly patterns, for `pipeline`'s warm-up.
pub(super) const BUILDS: &[fn()] = crate::quotes::lexicon::builds![SETS, CONTINUE];

/// A "read more" link: the article is an excerpt when it stands after the body.
pub fn is_continue_prompt(line: &str, words: usize) -> bool {
    let line = line.trim();
    words <= 12 && CONTINUE.on(line).is_match(line)
}

static BIO: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"^(?:[A-Z][\p{L}.'’-]+\s+){1,3}(?:is|was|has been|writes|covers|reports)\b")
});
static BIO_WORDS: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?i)\b(writer|journalist|reporter|editor|columnist|author|contributor|correspondent|freelance|blogger|blogs|her website|his website|follow (her|him)|can be reached|e-?mail (her|him)|twitter|author of|her (latest|most recent|new) book|his (latest|most recent|new) book)\b",
    )
});

/// Name at the start of an author-bio paragraph ("Kay Plantes is an economist ..."),
/// when the paragraph reads like one. `author` is the byline name, if known.
pub fn bio_subject<'a>(para: &'a str, author: Option<&str>) -> Option<&'a str> {
    // Bios are short; a long paragraph is body text whatever its first words.
    if crate::stats::words(para).count() > 90 {
        return None;
    }
    let build = Build::of(para);
    let m = BIO.pick(build).find(para)?;
    let verb_at = m.as_str().trim_end().rfind(char::is_whitespace)?;
    let name = m.as_str()[..verb_at].trim();
    let names_author = author.is_some_and(|a| a.eq_ignore_ascii_case(name) || a.ends_with(name));
    let first = name.split_whitespace().next().unwrap_or("");
    let looks_like_name = name.split_whitespace().count() >= 2 && !NOT_NAMES.contains(&first);
    (names_author || (looks_like_name && BIO_WORDS.pick(build).is_match(para))).then_some(name)
}

/// Capitalised sentence openers that are never the first word of a person's name.
const NOT_NAMES: &[&str] = &[
    "This", "That", "These", "Those", "It", "He", "She", "They", "We", "There", "The", "A", "An",
    "Our", "His", "Her", "Their", "Its", "What", "Which", "Who", "Each", "Every", "Such", "One",
    "Another",
];

static BYLINE_NAME: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"^\W*(?i:by|written by|posted by|words by|reporting by|author:?|more (?:articles|stories|posts|columns) (?:by|from)|(?:posted|published)(?: on)? [\w ,.:]{4,40}? by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?)|^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*[|,–—-]",
    )
});

/// A journalist's title ("correspondent", "Reporter"), as bylines carry it.
pub(crate) fn is_desk_word(w: &str) -> bool {
    const DESK_ROLES: &[&str] = &[
        "columnist",
        "contributor",
        "correspondent",
        "editor",
        "journalist",
        "reporter",
        "writer",
    ];
    DESK_ROLES.contains(&w.to_lowercase().as_str())
}

/// The person named by a byline or "More articles by" line.
pub fn byline_name(line: &str) -> Option<String> {
    let line = line.trim();
    let c = BYLINE_NAME.on(line).captures(line)?;
    let name = c.get(1).or_else(|| c.get(2))?.as_str().trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    // All-caps bylines ("By JANE DOE and LI WEI") read better in title case.
    let shout = words
        .iter()
        .filter(|w| **w != "and")
        .flat_map(|w| w.chars())
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let out: Vec<String> = words
        .iter()
        .map(|w| {
            if shout && w.len() > 1 && *w != "&" && *w != "and" {
                title_case(w)
            } else {
                w.to_string()
            }
        })
        .collect();
    // "By Staff Reporter", "By Our Correspondent" name nobody.
    let generic = out.iter().all(|w| {
        is_desk_word(w.strip_suffix('s').unwrap_or(w))
            || matches!(
                w.to_lowercase().as_str(),
                "staff"
                    | "our"
                    | "the"
                    | "editorial"
                    | "board"
                    | "desk"
                    | "team"
                    | "news"
                    | "web"
                    | "admin"
                    | "agencies"
                    | "and"
            )
    });
    (!generic && (out.len() >= 2 || out.first().is_some_and(|w| w.len() > 2)))
        .then(|| out.join(" "))
}

fn title_case(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(f) => f
            .to_uppercase()
            .chain(cs.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> Option<BoilerplateKind> {
        classify(s, crate::stats::words(s).count())
    }

    #[test]
    fn breadcrumbs_and_link_rows() {
        for nav in [
            "World | Business | Tech | Science",
            "Home » Opinion » Columns",
            "Markets › Bonds › Rates",
            "Home > Business > Retail",
            "Home / News / Local & Regional",
        ] {
            assert_eq!(k(nav), Some(Navigation), "{nav}");
        }
        for prose in [
            "Revenue | costs | margins",
            "a | b | c | this segment is far longer than thirty characters",
            "He said > 5 / 10 of them",
            "Profit rose > 10% / year > expected",
            "Home > News",
        ] {
            assert_ne!(k(prose), Some(Navigation), "{prose}");
        }
    }

    #[test]
    fn kinds() {
        assert_eq!(
            k("To continue reading this article register now"),
            Some(Paywall)
        );
        assert_eq!(k("Subscribe now to keep reading"), Some(Paywall));
        assert_eq!(
            k("© 2024 Example Media Group. All rights reserved."),
            Some(RightsNotice)
        );
        assert_eq!(
            k("Reproduction permitted for personal use only."),
            Some(RightsNotice)
        );
        assert_eq!(k("More articles by Jane Doe"), Some(RelatedLinks));
        assert_eq!(
            k("Related: How banks test their disaster plans"),
            Some(RelatedLinks)
        );
        assert_eq!(
            k("Download our free guide to cloud budgets (PDF)"),
            Some(Promo)
        );
        assert_eq!(k("Sign up for our daily newsletter"), Some(Newsletter));
        assert_eq!(
            k("We use cookies to improve your experience."),
            Some(Cookie)
        );
        let cases = [
            (
                "This article originally appeared in The Northern Ledger.",
                Some(RightsNotice),
            ),
            (
                "The story was first published by Example Wire and is republished with permission.",
                Some(RightsNotice),
            ),
            ("Related Topics", Some(RelatedLinks)),
            ("Top Stories", Some(RelatedLinks)),
            ("Latest news:", Some(RelatedLinks)),
            ("Editor's picks", Some(RelatedLinks)),
            ("Read next", Some(RelatedLinks)),
            ("Advertisement - Scroll to continue", Some(Advertisement)),
            (
                "Share on Facebook Share on Twitter Share via Email",
                Some(Social),
            ),
            ("ADVERTISEMENT", Some(Advertisement)),
            ("This article is more than 2 years old", Some(Disclaimer)),
            (
                "Wind turbines off Norfolk. Photograph: Chris Radburn/Reuters",
                Some(Caption),
            ),
            (
                "A worker on site. Photo: AP via Getty Images",
                Some(Caption),
            ),
            (
                "Image caption, Robots now move half the parcels",
                Some(Caption),
            ),
            (
                "Privacy Notice: Newsletters may contain info about charities and ads.",
                Some(Newsletter),
            ),
            ("Explore more on these topics", Some(RelatedLinks)),
            ("Reuse this content", Some(RightsNotice)),
            ("Subscribe now", Some(Navigation)),
            ("Tue 3 Mar 2026 12.34 GMT", Some(Dateline)),
            ("Wed. Jan 7, 2026", Some(Dateline)),
            ("Listen to this article", Some(Navigation)),
            ("LinkedIn", Some(Social)),
            ("We value your privacy", Some(Cookie)),
            ("Accept all", Some(Cookie)),
            ("Manage preferences", Some(Cookie)),
            (
                "We and our partners use cookies and similar technologies to store information on your device.",
                Some(Cookie),
            ),
            ("Accept all offers with caution, the regulator said.", None),
            ("Most Read from Bloomberg", Some(RelatedLinks)),
            (
                "(Updates with analyst comment in fifth paragraph.)",
                Some(Disclaimer),
            ),
            ("--With assistance from Yuki Sato.", Some(Byline)),
            ("To contact the reporter on this story:", Some(AuthorBio)),
            (
                "Ken Matsuda in Tokyo at kmatsuda@example.net",
                Some(AuthorBio),
            ),
            ("Most read stories are about money.", None),
            ("(Adds are rare in this market, he said.", None),
            (
                "Associated Press writer Lena Ortiz contributed to this report.",
                Some(Byline),
            ),
            ("Copyright © 2025 IDG Communications, Inc.", Some(RightsNotice)),
            ("Next read this:", Some(RelatedLinks)),
            (
                "Contributing writer, CIO | Nov 12, 2025 5:00 am PST",
                Some(Byline),
            ),
            ("Writers, editors and reporters met on Monday.", None),
            ("Like Loading...", Some(Social)),
            ("Leave a Reply Cancel reply", Some(CommentWidget)),
            (
                "Your email address will not be published. Required fields are marked *",
                Some(CommentWidget),
            ),
            ("Name *", Some(CommentWidget)),
            (
                "Save my name, email, and website in this browser for the next time I comment.",
                Some(CommentWidget),
            ),
            ("Facebook shares fell 4% on Monday.", None),
            ("Name the date, the minister said.", None),
            (
                "(Reporting by Omar Haddad in London and Lisa Chen in Singapore; Editing by Mark Potter)",
                Some(Byline),
            ),
            (
                "Our Standards: The Thomson Reuters Trust Principles.",
                Some(RightsNotice),
            ),
            ("Reporting by the BBC found that editing by AI was common.", None),
            // Prose that starts alike.
            ("He showed us the image: a man standing on a bridge", None),
            ("The photo: taken by a drone over the bay", None),
            ("This article is more than a summary of the report.", None),
            ("The article originally ran longer, the editor said.", None),
            ("Top executives met on Monday to agree the plan.", None),
            ("Advertising revenue fell 4% in the quarter.", None),
        ];
        for (line, kind) in cases {
            assert_eq!(k(line), kind, "{line}");
        }
        assert_eq!(k("Share on Facebook"), Some(Social));
        assert_eq!(k("Facebook | Twitter | LinkedIn | Email"), Some(Social));
        assert_eq!(k("Home | News | Business | Technology"), Some(Navigation));
        assert_eq!(k("Skip to main content"), Some(Navigation));
        assert_eq!(
            k("About Us | Contact Us | Privacy Policy"),
            Some(SiteFooter)
        );
        assert_eq!(k("12 Comments"), Some(CommentWidget));
        assert_eq!(k("-Add Your Comment"), Some(CommentWidget));
        assert_eq!(k("By Jane Doe"), Some(Byline));
        assert_eq!(k("Jane Doe | Senior Reporter"), Some(Byline));
        assert_eq!(k("Published: March 3, 2021 10:15 am ET"), Some(Dateline));
        assert_eq!(k("March 3, 2021"), Some(Dateline));
        assert_eq!(k("Advertisement"), Some(Advertisement));
        assert_eq!(
            k("The views expressed here are the author's own and do not necessarily reflect those of the publisher."),
            Some(Disclaimer)
        );
    }

    #[test]
    fn curly_apostrophes_and_database_labels() {
        assert_eq!(
            k("Editor’s note: this piece was updated on Friday."),
            Some(Disclaimer)
        );
        assert_eq!(k("FULL TEXT."), Some(Navigation));
        assert_eq!(k("LENGTH: 1,204 words"), Some(Navigation));
        assert_eq!(k("Abstract art sold well."), None);
        assert_eq!(k("Full text of the speech"), None);
    }

    #[test]
    fn word_limits_stay_under_the_cap() {
        assert!(RULES.iter().all(|r| r.2 <= MAX_WORDS));
    }

    #[test]
    fn prose_is_not_boilerplate() {
        for s in [
            "The bank said it would stop using tracking cookies on its website by the end of the year, after complaints from privacy groups and a ruling by regulators.",
            "By the end of the quarter, revenue had risen 12% to $4.1bn, the company said.",
            "Comments from investors were broadly positive.",
            "The newsletter industry has grown quickly since 2020, analysts say, as writers leave newspapers to work for themselves.",
            "Home prices rose again in March.",
            "Download speeds doubled last year, according to the regulator.",
        ] {
            assert_eq!(k(s), None, "{s}");
        }
    }

    #[test]
    fn names() {
        assert_eq!(byline_name("By Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(
            byline_name("By JANE DOE, Reporter").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            byline_name("By MARY CLARKE and DEV PATEL").as_deref(),
            Some("Mary Clarke and Dev Patel")
        );
        for generic in [
            "BY STAFF REPORTER",
            "By Our Correspondent",
            "By the Editorial Board",
        ] {
            assert_eq!(byline_name(generic), None, "{generic}");
        }
        assert_eq!(
            byline_name("Jane Doe | Reporter").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            byline_name("More articles by Kay Plantes").as_deref(),
            Some("Kay Plantes")
        );
        assert_eq!(
            bio_subject("Sam Roe is a freelance writer based in Leeds.", None),
            Some("Sam Roe")
        );
        assert_eq!(
            bio_subject("Sam Roe is an economist.", Some("Sam Roe")),
            Some("Sam Roe")
        );
        assert_eq!(
            bio_subject("Smith is a former chief executive of the bank.", None),
            None
        );
    }

    #[test]
    fn anchored_rules() {
        assert!(starts_anchored(r"^\W*(see|read) also\b"));
        assert!(starts_anchored(r"(?-i)^(ABSTRACT|FULL TEXT)\W*$"));
        assert!(starts_anchored(r"^\W*\(?(photo|image)\)?"));
        assert!(!starts_anchored(r"^\W*to read\b|\bsign in\b"));
        assert!(!starts_anchored(r"\ball rights reserved\b"));
        // Both sets together hold every patterned rule once.
        let mut all: Vec<usize> = SETS.iter().flat_map(|(_, r)| r.iter().copied()).collect();
        all.sort_unstable();
        let patterned: Vec<usize> = (0..RULES.len())
            .filter(|&i| RULES[i].1 != BREADCRUMBS)
            .collect();
        assert_eq!(all, patterned);
        assert!(SETS.iter().all(|(_, r)| !r.is_empty()));
    }
}
