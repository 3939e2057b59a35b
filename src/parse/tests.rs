//! Structure tests on articles written for them: every kind of furniture at the
//! start, the end and between paragraphs, and clean articles that must lose nothing.

use super::parse;
use crate::model::{BlockKind, BoilerplateKind, BoilerplateKind::*, Document, Structure};

fn p(text: &str) -> Structure {
    parse(&Document::new("t.txt", text.to_string()))
}

fn kinds(s: &Structure) -> Vec<(usize, BoilerplateKind)> {
    s.boilerplate.iter().map(|b| (b.line, b.kind)).collect()
}

const P1: &str = "The regional bank spent most of last year moving its loan systems to a new platform, a project that ran two months late and well over budget.";
const P2: &str = "Its chief technology officer said the delay came from data that nobody had cleaned in twenty years, and from a vendor that changed its pricing halfway through.";
const P3: &str = "Staff were retrained in small groups over the summer. Branches stayed open throughout, and customers noticed little beyond a new login screen.";

fn article(head: &str, between: &str, tail: &str) -> String {
    format!("{head}Banks Rebuild Their Cores\n\n{P1}\n\n{between}{P2}\n\n{P3}\n\n{tail}")
}

#[test]
fn clean_article_loses_nothing() {
    let s = p(&article("", "", ""));
    assert_eq!(s.title.as_deref(), Some("Banks Rebuild Their Cores"));
    assert_eq!(s.title_line, Some(1));
    assert_eq!(s.dek, None);
    assert_eq!(s.author, None);
    assert!(s.boilerplate.is_empty());
    assert!(!s.truncated);
    let texts: Vec<&str> = s.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts, vec![P1, P2, P3]);
    assert_eq!(s.blocks.iter().map(|b| b.sentences.len()).sum::<usize>(), 4);
}

#[test]
fn furniture_at_the_start() {
    let head = "Home | News | Business | Technology\n\
                © 2023 Example Media Ltd. All rights reserved.\n\n\
                Published: June 3, 2023\n\n";
    let s = p(&article(head, "", ""));
    assert_eq!(
        kinds(&s),
        vec![(1, Navigation), (2, RightsNotice), (4, Dateline)]
    );
    assert_eq!(s.title_line, Some(6));
    assert_eq!(s.blocks.len(), 3);
}

#[test]
fn byline_gives_the_author() {
    let s = p(&format!(
        "Banks Rebuild Their Cores\n\nBy Maria Lindqvist | Senior Reporter\n\n{P1}\n\n{P2}\n"
    ));
    assert_eq!(s.author.as_deref(), Some("Maria Lindqvist"));
    assert_eq!(kinds(&s), vec![(3, Byline)]);
    assert_eq!(s.blocks.len(), 2);
}

#[test]
fn furniture_between_paragraphs() {
    let between = "Advertisement\n\nRelated: Why branch closures are slowing down\n\nSign up for our weekly banking newsletter\n\n";
    let s = p(&article("", between, ""));
    assert_eq!(
        kinds(&s),
        vec![(5, Advertisement), (7, RelatedLinks), (9, Newsletter)]
    );
    assert_eq!(s.blocks.len(), 3);
}

#[test]
fn furniture_at_the_end() {
    let tail = "Share on Facebook\n\n\
                Maria Lindqvist is a freelance journalist who writes about banking and payments.\n\n\
                The views expressed are those of the author and do not necessarily reflect the views of the publisher.\n\n\
                12 Comments\n\n\
                We use cookies to give you the best experience. Accept cookies\n\n\
                About Us | Contact Us | Privacy Policy | Terms of Use\n\n\
                Example Media Group\n";
    let s = p(&article("", "", tail));
    assert_eq!(
        kinds(&s),
        vec![
            (9, Social),
            (11, AuthorBio),
            (13, Disclaimer),
            (15, CommentWidget),
            (17, Cookie),
            (19, SiteFooter),
            (21, SiteFooter)
        ]
    );
    assert_eq!(s.author.as_deref(), Some("Maria Lindqvist"));
    assert_eq!(s.blocks.len(), 3);
}

#[test]
fn paywall_and_read_more_truncate() {
    let s = p(&article("", "", "Subscribe now to continue reading.\n"));
    assert!(s.truncated);
    assert_eq!(kinds(&s), vec![(9, Paywall)]);
    let s = p(&article("", "", "Continue reading →\n"));
    assert!(s.truncated);
    let s = p(&format!(
        "Title Here\n\n{P1}\n\nContinue reading the main story\n\n{P2}\n"
    ));
    assert!(
        !s.truncated,
        "an in-page navigation prompt is no truncation"
    );
    assert_eq!(kinds(&s), vec![(5, Navigation)]);
}

#[test]
fn dek_under_the_title() {
    let s = p(&format!(
        "Banks Rebuild Their Cores\n\nOld systems hold lenders back, and the fix takes longer than anyone plans for.\n\n{P1}\n\n{P2}\n"
    ));
    assert_eq!(s.dek_line, Some(3));
    assert_eq!(s.blocks.len(), 2);
    // A news lead is body, not a dek.
    let s = p(&format!(
        "Bank Profits Jump\n\nProfits at the bank rose 12% to $4bn in the year to March.\n\n{P1}\n"
    ));
    assert_eq!(s.dek, None);
    assert_eq!(s.blocks.len(), 2);
}

#[test]
fn lists_and_unwrapped_lines() {
    let text = format!(
        "Five Lessons\n\n{P1}\nHere is what they learned:\n  • Clean the data first\n  • Price the vendor contract for change\n- Train staff early\n1. Keep branches open\nThat was the plan.\n"
    );
    let s = p(&text);
    let shape: Vec<(BlockKind, usize)> = s.blocks.iter().map(|b| (b.kind, b.line)).collect();
    use BlockKind::*;
    assert_eq!(
        shape,
        vec![
            (Paragraph, 3),
            (Paragraph, 4),
            (ListItem, 5),
            (ListItem, 6),
            (ListItem, 7),
            (ListItem, 8),
            (Paragraph, 9)
        ]
    );
    assert_eq!(s.blocks[2].text, "Clean the data first");
}

#[test]
fn hard_wrapped_text_is_joined() {
    let text = "A Wrapped Story\n\nThe first paragraph is wrapped at a narrow width\nso that it runs over three lines of text\nbefore it ends here.\n\nA second one follows it.\n";
    let s = p(text);
    assert_eq!(s.blocks.len(), 2);
    assert_eq!(s.blocks[0].sentences.len(), 1);
    assert!(s.blocks[0]
        .text
        .starts_with("The first paragraph is wrapped at a narrow width so that"));
}

#[test]
fn block_offsets_point_into_the_document() {
    let text = format!("\u{feff}Title\r\n\r\n{P1}\r\n\r\n  • An item\r\n");
    let doc = Document::new("t", text);
    let s = parse(&doc);
    for b in &s.blocks {
        let src = &doc.text[b.start..b.start + b.text.len()];
        assert_eq!(src.replace(['\r', '\n'], " "), b.text);
        assert_eq!(doc.line_of(b.start), b.line);
    }
}

#[test]
fn separators_and_timestamps_are_no_paragraphs() {
    let s = p(&format!(
        "Live: The Vote\n\n___\n\n6:05 p.m.\n\n{P1}\n\n* * *\n\n{P2}\n\nRead the rest here.\n"
    ));
    assert_eq!(s.blocks.len(), 2);
    assert_eq!(kinds(&s), vec![(5, Dateline), (13, Paywall)]);
    assert!(s.truncated);
}

#[test]
fn wrapped_furniture_paragraph() {
    let s = p(&format!("Title\n\n{P1}\n\nEditor's note: this story was\nupdated to correct the\nname of the bank.\n\n{P2}\n"));
    assert_eq!(
        kinds(&s),
        vec![(5, Disclaimer), (6, Disclaimer), (7, Disclaimer)]
    );
    assert_eq!(s.blocks.len(), 2);
}

#[test]
fn no_title_when_the_text_starts_with_prose() {
    let s = p(&format!("{P1} {P2}\n\n{P3}\n"));
    assert_eq!(s.title, None);
    assert_eq!(s.blocks.len(), 2);
}

#[test]
fn odd_inputs_do_not_panic() {
    for t in [
        "",
        "\n\n\n",
        "•",
        "1.",
        "\"\"\"",
        "By",
        "© ",
        "a\rb\r\nc\nd",
        "…",
        "Title\n\n•\n- \n* x",
    ] {
        let _ = p(t);
    }
}

#[test]
fn raw_page_scrape() {
    let text = "Skip to main content\nMenu\nHome | Technology | Business | Opinion | Events\n\n\
        Why Retailers Are Moving Data Back In-House\n\n\
        Rising cloud bills are pushing some chains to rethink where their systems live.\n\n\
        By Daniel Okafor, Contributing Writer\nPublished: 14 March 2024 | 6 min read\n\n\
        Share on Facebook\nShare on LinkedIn\n\n\
        When the finance team at a clothing chain added up last year's cloud invoices, the total came to nearly three times the budget.\n\n\
        Photo: Server racks in a data centre (Getty Images)\n\n\
        The team has since brought its inventory database back to two leased racks in a colocation site.\n\n\
        Most Popular\n\nHow one bank cut its mainframe costs in half\nTen skills every infrastructure team needs\n\n\
        Tags: Cloud, Retail\n\n\
        Privacy Policy | Terms of Service | Cookie Settings | Contact Us\n";
    let s = p(text);
    assert_eq!(s.title_line, Some(5));
    assert_eq!(s.dek_line, Some(7));
    assert_eq!(s.author.as_deref(), Some("Daniel Okafor"));
    assert_eq!(
        s.blocks.iter().map(|b| b.line).collect::<Vec<_>>(),
        vec![15, 19]
    );
    assert_eq!(
        kinds(&s),
        vec![
            (1, Navigation),
            (2, Navigation),
            (3, Navigation),
            (9, Byline),
            (10, Dateline),
            (12, Social),
            (13, Social),
            (17, Caption),
            (21, RelatedLinks),
            (23, RelatedLinks),
            (24, RelatedLinks),
            (26, Navigation),
            (28, SiteFooter)
        ]
    );
}

#[test]
fn section_label_over_the_headline_is_navigation() {
    for label in [
        "Technology | Cloud",
        "Business > Markets",
        "Example News - Business",
        "OPINION",
        "Technology",
        "TECH NEWS",
    ] {
        let s = p(&format!(
            "{label}\n\nBanks Rebuild Their Cores\n\n\
             Lenders are moving their oldest systems to new platforms\n\n\
             By Maria Lindqvist\n\n{P1}\n\n{P2}\n"
        ));
        assert_eq!(
            s.title.as_deref(),
            Some("Banks Rebuild Their Cores"),
            "{label}"
        );
        assert_eq!(s.title_line, Some(3), "{label}");
        assert_eq!(s.dek_line, Some(5), "{label}");
        assert_eq!(kinds(&s), vec![(1, Navigation), (7, Byline)], "{label}");
    }
}

#[test]
fn short_titles_stay_titles() {
    // A short headline over prose, and one-word ones over a long paragraph
    // and over a short one.
    for (head, first) in [
        ("Cloud wars", P1),
        ("Outsourcing", P1),
        ("Outsourcing", "Nobody saw it coming."),
    ] {
        let s = p(&format!("{head}\n\n{first}\n\n{P2}\n"));
        assert_eq!(s.title.as_deref(), Some(head));
        assert!(s.boilerplate.is_empty(), "{head}");
        assert_eq!(s.blocks.len(), 2);
    }
}

#[test]
fn site_name_is_cut_from_a_page_title() {
    for (line, title) in [
        (
            "Banks Rebuild Their Cores | Example News",
            "Banks Rebuild Their Cores",
        ),
        (
            "Tech | Banks Rebuild Their Cores | Example News",
            "Banks Rebuild Their Cores",
        ),
        (
            "Why banks rebuild their cores - Example News",
            "Why banks rebuild their cores",
        ),
        (
            "Why banks rebuild their cores – The Ledger",
            "Why banks rebuild their cores",
        ),
        // Not a site name: a subtitle, a phrase in lower case, a short title.
        (
            "The CIO Edge - Seven Leadership Skills You Need To Drive Results",
            "The CIO Edge - Seven Leadership Skills You Need To Drive Results",
        ),
        (
            "Why banks rebuild their cores - a primer",
            "Why banks rebuild their cores - a primer",
        ),
        ("Revenue | costs | margins", "Revenue | costs | margins"),
    ] {
        let s = p(&format!("{line}\n\n{P1}\n\n{P2}\n"));
        assert_eq!(s.title.as_deref(), Some(title), "{line}");
    }
}

#[test]
fn repeated_headline_under_the_page_title_is_head() {
    let s = p(&format!(
        "Banks Rebuild Their Cores | Example News\n\nBanks rebuild their cores\n\n\
         A slow and costly job that few lenders can put off any longer\n\n{P1}\n\n{P2}\n"
    ));
    assert_eq!(s.title.as_deref(), Some("Banks Rebuild Their Cores"));
    assert_eq!(s.title_line, Some(1));
    assert_eq!(s.dek_line, Some(5));
    assert!(s.boilerplate.is_empty());
    let texts: Vec<&str> = s.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts, vec![P1, P2]);
}

#[test]
fn byline_forms() {
    for (byline, author) in [
        ("By Sam Patel and Jo Lee", "Sam Patel and Jo Lee"),
        ("BY SAM PATEL & JO LEE", "Sam Patel & Jo Lee"),
        ("Sam Patel, Reuters", "Sam Patel"),
        ("By Seán Ó Briain", "Seán Ó Briain"),
        ("Maria Lindqvist", "Maria Lindqvist"),
    ] {
        let s = p(&format!(
            "Banks Rebuild Their Cores\n\n{byline}\n\n{P1}\n\n{P2}\n"
        ));
        assert_eq!(s.author.as_deref(), Some(author), "{byline}");
        assert_eq!(kinds(&s), vec![(3, Byline)], "{byline}");
        assert_eq!(s.blocks.len(), 2, "{byline}");
    }
    // A short line that is no name stays in the body.
    let s = p(&format!(
        "Banks Rebuild Their Cores\n\nLoan Systems\n\n{P1}\n\n{P2}\n"
    ));
    assert_eq!(s.author, None);
}

#[test]
fn site_name_above_a_menu_is_navigation() {
    let s = p(&format!(
        "The Northern Ledger\nMenu\nSearch\n\nBanks Rebuild Their Cores\n\n{P1}\n\n{P2}\n"
    ));
    assert_eq!(s.title_line, Some(5));
    assert_eq!(
        kinds(&s),
        vec![(1, Navigation), (2, Navigation), (3, Navigation)]
    );
}

#[test]
fn text_cut_mid_sentence_or_at_an_excerpt_mark_is_truncated() {
    let cut = "The bank said the move would save money over five years, and several lenders said they were";
    for last in [
        cut,
        "The bank said the move would save money. […]",
        "The bank said the move would save money...",
    ] {
        let s = p(&format!("Banks Rebuild Their Cores\n\n{P1}\n\n{last}\n"));
        assert!(s.truncated, "{last}");
    }
    // Short or capitalised endings are sign-offs, lists are no prose.
    for last in [
        "Additional reporting by staff",
        "ahhh them was the days LOL",
        "- first item\n- second item",
    ] {
        let s = p(&format!("Banks Rebuild Their Cores\n\n{P1}\n\n{last}\n"));
        assert!(!s.truncated, "{last}");
    }
    let s = p(&format!(
        "Banks Rebuild Their Cores\n\n{P1}\n\nTo read the full story, log in or register.\n"
    ));
    assert!(s.truncated);
    assert_eq!(kinds(&s), vec![(5, Paywall)]);
}

#[test]
fn menu_columns_at_the_top_are_navigation() {
    let s = p(&format!(
        "World\nEurope\nUS & Canada\nBusiness\nMarkets\n\nBanks Rebuild Their Cores\n\n{P1}\n\n{P2}\n"
    ));
    assert_eq!(s.title_line, Some(7));
    assert_eq!(kinds(&s).len(), 5);
    assert_eq!(s.blocks.len(), 2);
    // A short title over bullet points keeps both.
    let s = p(&format!(
        "Cloud wars\n\n• Costs up\n• Jobs cut\n• Banks move\n• Rules tighten\n\n{P1}\n"
    ));
    assert_eq!(s.title.as_deref(), Some("Cloud wars"));
    assert!(s.boilerplate.is_empty());
}

#[test]
fn lone_bylines_with_a_desk() {
    for (line, name) in [
        ("Helen Marsh Energy correspondent", Some("Helen Marsh")),
        ("Alex Hern UK technology editor", Some("Alex Hern")),
        ("Larry Elliott Economics editor", Some("Larry Elliott")),
        ("Jane Doe", Some("Jane Doe")),
        ("Jane Doe Senior Reporter", Some("Jane Doe")),
        ("Energy correspondent", None),
        ("The Washington Post editor", None),
        ("Price Rises Hit Shoppers", None),
    ] {
        assert_eq!(super::head::lone_name(line).as_deref(), name, "{line}");
    }
}
