//! Whole raw page scrapes, written for these tests in the shapes real ones
//! take (menus, section labels, bylines, captions, ads, paywalls, link lists,
//! footers): what the NDJSON says of each, end to end.

mod common;

use serde_json::Value;

/// The NDJSON article object of the fixture `name`.
fn article(name: &str) -> Value {
    let path = format!("tests/fixtures/scrapes/{name}");
    let out = common::run(&["summarize", "--format", "ndjson", &path]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    common::stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON"))
        .find(|v| v["type"] == "article")
        .expect("an article line")
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v[key].as_str()
}

/// Title, dek and author.
fn head(a: &Value) -> (Option<&str>, Option<&str>, Option<&str>) {
    (str_of(a, "title"), str_of(a, "dek"), str_of(a, "author"))
}

/// (line, kind) of every boilerplate line.
fn boilerplate(a: &Value) -> Vec<(u64, String)> {
    a["boilerplate"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["line"].as_u64().unwrap(),
                b["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Each (line, kind) is among the article's boilerplate.
fn has_boilerplate(a: &Value, expected: &[(u64, &str)]) {
    let kinds = boilerplate(a);
    for &(line, kind) in expected {
        assert!(
            kinds.contains(&(line, kind.into())),
            "{line} {kind}: {kinds:?}"
        );
    }
}

/// (speaker, role, cue) of every direct quote.
fn speakers(a: &Value) -> Vec<(Option<&str>, Option<&str>, Option<&str>)> {
    a["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["kind"] == "direct")
        .map(|q| {
            (
                str_of(q, "speaker"),
                str_of(q, "speaker_role"),
                str_of(q, "cue"),
            )
        })
        .collect()
}

#[test]
fn menus_section_label_and_footer() {
    let a = article("bank-cloud.txt");
    assert_eq!(
        head(&a),
        (
            Some("Regional banks pour money into cloud migration as costs bite"),
            Some("Smaller lenders say the move will cut data-centre bills by a third, but regulators want proof that outages can be contained"),
            Some("Maria Okafor")
        )
    );
    assert_eq!(a["truncated"], false);
    let kinds = boilerplate(&a);
    // The menu and the section label above the headline, the byline and
    // dates, the ad, the link list, the newsletter box and the footer.
    assert!(
        kinds[..10].iter().all(|(_, k)| k == "navigation"),
        "{kinds:?}"
    );
    assert_eq!(kinds[9], (11, "navigation".into()));
    assert_eq!(kinds[10], (17, "byline".into()));
    has_boilerplate(
        &a,
        &[
            (19, "social"),
            (27, "advertisement"),
            (35, "related_links"),
            (39, "newsletter"),
            (44, "rights_notice"),
        ],
    );
    // Only the paragraphs of the story are body.
    let lines = common::lines(&a, "blocks");
    assert_eq!(lines, vec![21, 23, 25, 29, 31]);
    assert_eq!(
        speakers(&a),
        vec![
            (
                Some("Derek Holm"),
                Some("chief information officer at Lakeshore Savings"),
                Some("said")
            ),
            (
                Some("Derek Holm"),
                Some("chief information officer at Lakeshore Savings"),
                Some("said")
            ),
            (
                Some("Priya Natarajan"),
                Some("an analyst at Corvane Research"),
                Some("said")
            ),
        ]
    );
}

#[test]
fn paywalled_story() {
    let a = article("chipmakers-paywall.txt");
    assert_eq!(
        head(&a),
        (
            Some("Chipmakers warn of slower orders as AI spending cools"),
            None,
            Some("Tom Reyes")
        )
    );
    assert_eq!(a["truncated"], true);
    let kinds = boilerplate(&a);
    assert!(
        kinds.contains(&(6, "navigation".into())),
        "the section label: {kinds:?}"
    );
    assert!(kinds.contains(&(15, "caption".into())), "{kinds:?}");
    assert!(kinds.contains(&(25, "paywall".into())), "{kinds:?}");
    assert_eq!(
        speakers(&a).iter().map(|s| s.0).collect::<Vec<_>>(),
        vec![
            Some("Anna Lindgren"),
            Some("Anna Lindgren"),
            Some("Raj Mehta")
        ]
    );
}

#[test]
fn captions_ads_syndication_and_topic_lists() {
    let a = article("warehouse-robots.txt");
    assert_eq!(
        head(&a),
        (
            Some("Retailers turn to robots as warehouse wages climb"),
            None,
            Some("Sam Patel")
        )
    );
    let lines = common::lines(&a, "blocks");
    assert_eq!(lines, vec![12, 14, 16, 20]);
    has_boilerplate(
        &a,
        &[
            (18, "advertisement"),
            (22, "byline"),
            (24, "rights_notice"),
            (26, "related_links"),
            (29, "related_links"),
        ],
    );
}

#[test]
fn local_politics_quotes() {
    let a = article("council-budget-quotes.txt");
    assert_eq!(
        speakers(&a),
        vec![
            (Some("Linda Garza"), Some("Mayor"), Some("said")),
            (Some("Linda Garza"), Some("Mayor"), Some("said")),
            (
                Some("Omar Haddad"),
                Some("who voted against the plan"),
                Some("said")
            ),
            (
                Some("Omar Haddad"),
                Some("who voted against the plan"),
                Some("told")
            ),
            (
                Some("Karen Bell"),
                Some("The city’s finance director"),
                Some("said"),
            ),
            (
                Some("Ruth Adeyemi"),
                Some("the longest-serving member"),
                Some("said")
            ),
            (
                Some("Ruth Adeyemi"),
                Some("the longest-serving member"),
                Some("said")
            ),
            (Some("Linda Garza"), None, Some("wrote")),
            (Some("Dan Moreau"), Some("Police Chief"), Some(":")),
        ]
    );
    let reported: Vec<&str> = a["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["kind"] == "indirect")
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert!(
        reported.contains(&"she would propose changes in the spring."),
        "{reported:?}"
    );
}

#[test]
fn markdown_article() {
    let a = article("retail-data-markdown.md");
    assert_eq!(
        head(&a),
        (
            Some("Why retailers are moving data back in-house"),
            Some("Rising cloud bills are pushing some chains to rethink where their systems live."),
            Some("Daniel Okafor")
        )
    );
    assert_eq!(
        speakers(&a),
        vec![
            (Some("Lena Park"), Some("the chain's CTO"), Some("said")),
            (Some("Tom Reyes"), Some("analyst"), Some("said")),
        ]
    );
    quote_offsets_count_the_file("retail-data-markdown.md", &a);
}

/// Each quote's offsets count the file's characters, markup included.
fn quote_offsets_count_the_file(name: &str, a: &Value) {
    let path = common::root().join("tests/fixtures/scrapes").join(name);
    let file: Vec<char> = std::fs::read_to_string(path).unwrap().chars().collect();
    for q in a["quotes"].as_array().unwrap() {
        let (start, end) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        let span: String = file[start..end].iter().collect();
        assert_eq!(span, q["text"].as_str().unwrap());
    }
}

#[test]
fn html_page_saved_as_text() {
    let a = article("port-terminal-html.txt");
    assert_eq!(
        head(&a),
        (
            Some("Port of Halden doubles container capacity"),
            Some("A €310 million terminal opens after four years of work"),
            Some("Ingrid Solberg")
        )
    );
    assert_eq!(
        boilerplate(&a),
        [18, 19, 20, 21]
            .map(|l| (l, "navigation".to_string()))
            .into_iter()
            .chain([
                (27, "byline".to_string()),
                (32, "advertisement".to_string()),
                (36, "rights_notice".to_string()),
                (37, "site_footer".to_string()),
            ])
            .collect::<Vec<_>>()
    );
    assert_eq!(
        speakers(&a),
        vec![
            (
                Some("Mats Eriksen"),
                Some("the port’s chief executive"),
                Some("said")
            ),
            (
                Some("Mats Eriksen"),
                Some("the port’s chief executive"),
                Some("said")
            ),
        ]
    );
    // No script, style or tag reaches the text.
    let blocks = a["blocks"].as_array().unwrap();
    assert_eq!(blocks.len(), 4);
    assert!(blocks
        .iter()
        .all(|b| !b["text"].as_str().unwrap().contains(['<', '>', '{'])));
    assert_eq!(
        a["warnings"][0],
        "HTML markup read as text (63 tags taken out, 9 character references decoded)"
    );
    quote_offsets_count_the_file("port-terminal-html.txt", &a);
}

#[test]
fn page_without_blank_lines() {
    // One line per element, as some scrapers save a page: archive notice,
    // section, headline, standfirst, byline with desk, dates, share row,
    // captioned photo, newsletter box, topic list.
    let a = article("wind-auction-no-blank-lines.txt");
    assert_eq!(
        head(&a),
        (
            Some("Wind farms to power a third of homes by 2030, says regulator"),
            Some("Offshore capacity will triple as auctions draw record bids"),
            Some("Helen Marsh")
        )
    );
    assert_eq!(common::lines(&a, "blocks"), vec![12, 13, 14, 17]);
    has_boilerplate(
        &a,
        &[
            (1, "disclaimer"),
            (2, "navigation"),
            (5, "byline"),
            (6, "dateline"),
            (7, "dateline"),
            (10, "social"),
            (11, "caption"),
            (15, "newsletter"),
            (16, "newsletter"),
            (18, "related_links"),
            (21, "related_links"),
            (23, "rights_notice"),
        ],
    );
    assert_eq!(
        speakers(&a),
        vec![
            (
                Some("Priya Nair"),
                Some("the regulator's chief executive"),
                Some("said")
            ),
            (
                Some("Priya Nair"),
                Some("the regulator's chief executive"),
                Some("said")
            ),
        ]
    );
}

#[test]
fn agency_wire_page() {
    // A tagline over the menu, two authors, an agency dateline in the lead,
    // a registration prompt, a parenthesised credit and the agency's standards line.
    let a = article("red-sea-agency-wire.txt");
    assert_eq!(
        head(&a),
        (
            Some("Shipping firms cut Red Sea sailings as insurance costs climb"),
            None,
            Some("Omar Haddad and Lisa Chen")
        )
    );
    assert_eq!(common::lines(&a, "blocks"), vec![17, 22, 24]);
    has_boilerplate(
        &a,
        &[
            (2, "navigation"),
            (8, "navigation"),
            (19, "promo"),
            (20, "navigation"),
            (26, "byline"),
            (28, "rights_notice"),
            (31, "related_links"),
        ],
    );
    assert_eq!(
        speakers(&a),
        vec![(
            Some("Jens Kolding"),
            Some("Maersk spokesperson"),
            Some("said")
        )]
    );
}

#[test]
fn blog_post_with_share_buttons_and_comment_form() {
    let a = article("hospital-cloud-blog.txt");
    assert_eq!(
        head(&a),
        (
            Some("Why mid-size hospitals are moving their records to the cloud"),
            None,
            Some("Karen Whitfield")
        )
    );
    assert_eq!(common::lines(&a, "blocks"), vec![7, 9, 11]);
    has_boilerplate(
        &a,
        &[
            (16, "social"),
            (18, "social"),
            (21, "social"),
            (25, "comment_widget"),
            (26, "comment_widget"),
            (28, "comment_widget"),
            (31, "comment_widget"),
        ],
    );
    // The appositive after the name is the next clause ("says he ..."), not a role.
    assert_eq!(
        speakers(&a),
        vec![(Some("Paul Okonkwo"), Some("its IT director"), Some("says"))]
    );
}

#[test]
fn trade_press_page() {
    // A role line under the byline, bracketed promos, a "Next read this" list
    // and a copyright line with both "Copyright" and "©".
    let a = article("it-budgets-trade-press.txt");
    assert_eq!(
        head(&a),
        (
            Some("How CIOs are rethinking IT budgets for 2026"),
            Some("Inflation and AI spending are forcing hard choices, a new survey shows."),
            Some("Dana Whitcomb")
        )
    );
    assert_eq!(common::lines(&a, "blocks"), vec![6, 10, 12]);
    has_boilerplate(
        &a,
        &[
            (4, "byline"),
            (8, "related_links"),
            (14, "newsletter"),
            (16, "related_links"),
            (18, "related_links"),
            (20, "rights_notice"),
        ],
    );
    // No figure comes from the byline's date or the copyright line.
    let lines: Vec<u64> = a["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert!(lines.iter().all(|l| [6, 10, 12].contains(l)), "{lines:?}");
}

#[test]
fn wire_story_with_update_note_and_contacts() {
    // A "Most Read" list over the headline, an update note, an assistance
    // credit and the contact lines of reporter and editor.
    let a = article("chip-shares-wire-update.txt");
    assert_eq!(
        head(&a),
        (
            Some("Chipmaker Shares Slide as Export Curbs Widen"),
            None,
            None
        )
    );
    assert_eq!(common::lines(&a, "blocks"), vec![9, 11, 13, 15]);
    has_boilerplate(
        &a,
        &[
            (1, "related_links"),
            (3, "related_links"),
            (7, "disclaimer"),
            (17, "byline"),
            (19, "author_bio"),
            (22, "author_bio"),
        ],
    );
    assert_eq!(a["truncated"], false);
    assert_eq!(common::names(&a, "people"), ["Hiro Tanaka", "Priya Raman"]);
}

#[test]
fn consent_banner_over_the_story() {
    let a = article("retail-sales-consent-banner.txt");
    assert_eq!(
        head(&a).0,
        Some("Retail sales fall for third month as shoppers cut back")
    );
    assert_eq!(common::lines(&a, "blocks"), vec![9, 11, 13]);
    has_boilerplate(
        &a,
        &[
            (1, "cookie"),
            (2, "cookie"),
            (3, "cookie"),
            (5, "cookie"),
            (15, "newsletter"),
        ],
    );
}
