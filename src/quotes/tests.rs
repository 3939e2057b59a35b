//! Quote shapes news uses, on short articles written for these tests.

use super::{Quote, QuoteKind};
use crate::model::Document;

fn quotes(body: &str) -> Vec<Quote> {
    let text = format!("A headline for the test\n\n{body}\n");
    crate::analyze(&Document::new("t.txt", text)).quotes
}

fn direct(body: &str) -> Vec<Quote> {
    quotes(body)
        .into_iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .collect()
}

/// (speaker, role, cue) of each direct quote.
fn who(body: &str) -> Vec<(Option<String>, Option<String>, Option<String>)> {
    direct(body)
        .into_iter()
        .map(|q| (q.speaker, q.speaker_role, q.cue))
        .collect()
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn cue_after_with_role() {
    assert_eq!(
        who("“We ship every week now,” says Maria Lopez, CIO of Northwind Traders, a regional grocer."),
        vec![(some("Maria Lopez"), some("CIO of Northwind Traders"), some("says"))]
    );
    assert_eq!(
        who("\"Budgets are flat this year,\" Retired Navy admiral Joseph Kline said."),
        vec![(
            some("Joseph Kline"),
            some("Retired Navy admiral"),
            some("said")
        )]
    );
}

#[test]
fn cue_before_and_colon_lead_in() {
    assert_eq!(
        who("Maria Lopez said: “We ship every week now.”"),
        vec![(some("Maria Lopez"), None, some("said"))]
    );
    let got = who("Tom Becker, a partner at Halden Advisory, put it plainly:\n\n“Nobody reads the manual. Nobody ever has.”");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, None, "no cue verb in 'put it plainly:'");
    let got = who("Tom Becker, a partner at Halden Advisory, said:\n\n“Nobody reads the manual. Nobody ever has.”");
    assert_eq!(
        got,
        vec![(
            some("Tom Becker"),
            some("a partner at Halden Advisory"),
            some("said")
        )]
    );
}

#[test]
fn cue_in_the_middle_and_pronouns() {
    let body = "Tom Becker runs the data team at Halden.\n\n“The first half is easy,” he said, “the second half is not.”";
    let got = who(body);
    assert_eq!(got.len(), 2);
    assert!(
        got.iter()
            .all(|g| g.0 == some("Tom Becker") && g.2 == some("said")),
        "{got:?}"
    );
    // Gender agreement: "she" skips the man named last.
    let body = "Mary Hollis hired Tom Becker in March.\n\n“He was the obvious choice,” she said.";
    assert_eq!(who(body)[0].0, some("Mary Hollis"));
    // A surname alone names the person introduced before.
    let body = "Mary Hollis leads the project.\n\n“It ships in May,” Hollis said.";
    assert_eq!(who(body)[0].0, some("Mary Hollis"));
}

#[test]
fn organisations_speak() {
    assert_eq!(
        who("“Results will improve,” the company said in a statement.")[0].0,
        some("the company")
    );
    assert_eq!(
        who("“We are reviewing the matter,” a spokesperson for Northwind said.")[0].0,
        some("a spokesperson for Northwind")
    );
}

#[test]
fn continuation_in_the_paragraph_and_never_a_guess() {
    let body = "Dana Whitfield, head of research at Orbis, argued in a webinar that a “single view of the customer” is now expected. Yet “few retailers have the data to build one.”";
    let got = who(body);
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].0, some("Dana Whitfield"));
    // No cue anywhere: the speaker is unknown, not guessed.
    let got =
        who("The report ends with a warning. “Nothing about this will be cheap or quick to fix.”");
    assert_eq!(got, vec![(None, None, None)]);
}

#[test]
fn titles_and_scare_quotes_are_no_speech() {
    let q = quotes("After reading “The Quiet Machine: How Software Runs Firms” I changed my mind. Any “C” job needs it, and so-called “digital natives” agree.");
    let kinds: Vec<QuoteKind> = q.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        vec![QuoteKind::Title, QuoteKind::Scare, QuoteKind::Scare]
    );
    assert!(q.iter().all(|q| q.speaker.is_none()));
}

#[test]
fn partial_quotes_are_flagged() {
    let q = direct("Mary Hollis said the rollout was “a costly detour” for the team.");
    assert_eq!(q.len(), 1);
    assert!(q[0].partial);
    assert_eq!(q[0].speaker, some("Mary Hollis"));
    let q = direct("“We are done with it,” Mary Hollis said.");
    assert!(!q[0].partial);
}

#[test]
fn reported_speech() {
    let q =
        quotes("Margins will shrink again next year, says Paul Grant, an analyst at Kestrel Bank.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, QuoteKind::Indirect);
    assert_eq!(q[0].speaker, some("Paul Grant"));
    assert_eq!(q[0].speaker_role, some("an analyst at Kestrel Bank"));
    assert!(q[0].text.starts_with("Margins will shrink"));
    let q = quotes("According to Paul Grant, prices will rise faster than wages this year.");
    assert_eq!(q[0].cue, some("according to"));
}

#[test]
fn nasty_inputs() {
    // Inch marks and apostrophes are no quotes.
    assert!(
        quotes("The CIOs' budgets bought a 15\" screen for every desk and the teams' phones.")
            .is_empty()
    );
    // Quotes inside parentheses keep their speaker.
    let got = who("The plan stalled (“we ran out of money,” Hollis said) in May.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].2, some("said"));
    // A 10,000-character quote is one quote, attributed.
    let long = "data ".repeat(2000);
    let q = direct(&format!("“{}” said Mary Hollis.", long.trim()));
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text.len(), long.trim().len());
    assert_eq!(q[0].speaker, some("Mary Hollis"));
    // An unbalanced mark is reported and the next paragraph still analysed.
    let doc = Document::new(
        "t.txt",
        "Headline\n\nShe said “this never closes.\n\nThen Mary Hollis said: “This one does.”\n"
            .to_string(),
    );
    let a = crate::analyze(&doc);
    assert!(
        a.warnings.iter().any(|w| w.contains("unbalanced")),
        "{:?}",
        a.warnings
    );
    assert!(a.quotes.iter().any(|q| q.speaker == some("Mary Hollis")));
}

#[test]
fn offsets_point_at_the_quote() {
    let text = "Headline\n\n“Ça va,” says Éric Dupont.\n".to_string();
    let doc = Document::new("t.txt", text.clone());
    let q = &crate::analyze(&doc).quotes[0];
    let chars: Vec<char> = text.chars().collect();
    let span: String = chars[q.start..q.end].iter().collect();
    assert_eq!(span, q.text);
    assert_eq!(q.line, 3);
}

#[test]
fn dashed_roles_descriptions_and_honorifics() {
    assert_eq!(
        who("“We saw this coming,” Leo Brandt - then adviser to the finance minister - told reporters."),
        vec![(some("Leo Brandt"), some("then adviser to the finance minister"), some("told"))]
    );
    assert_eq!(
        who("Another reader wrote: “I cancelled my subscription after the redesign.”")[0].0,
        some("Another reader")
    );
    let got = who("Transport Minister Carla Reyes spoke on Monday. Mr Reyes said that the state would pay “in the form of a loan” only.");
    assert_eq!(got.len(), 1);
    assert_ne!(got[0].1, some("Mr"), "an honorific is no role");
}

/// (speaker, role, cue, text) of every quote, direct and reported.
type Said = (Option<String>, Option<String>, Option<String>, String);

fn all(body: &str) -> Vec<Said> {
    quotes(body)
        .into_iter()
        .map(|q| (q.speaker, q.speaker_role, q.cue, q.text))
        .collect()
}

#[test]
fn pronoun_after_someone_introduced_in_its_paragraph() {
    // The last speaker is a man; "she" goes to the woman named just before.
    let q = who(
        "“We are borrowing from next year,” Omar Haddad told reporters.\n\n\
         The finance director, Karen Bell, disagreed. “The reserves are there for this,” she said.",
    );
    assert_eq!(q[1].0, some("Karen Bell"));
    // Her role is the one before her name; "disagreed" is the next clause.
    assert_eq!(q[1].1, some("The finance director"));
    let q = who(
        "The chancellor, Rachel Ford, told MPs the government would not cap premiums. \
         “That would only push the cost elsewhere,” she said.",
    );
    assert_eq!(q[0].1, some("The chancellor"));
    // Abbreviated titles are spelled out; a participle cue after a subject
    // with an appositive takes the subject.
    let q = who(
        "The bill passed late on Friday night. Sen. Roy Dawson, R-Texas, voted against it, \
         saying the bill “kicks the can down the road again.”",
    );
    assert_eq!(
        (q[0].0.clone(), q[0].1.clone()),
        (some("Roy Dawson"), some("Senator"))
    );
    // A cue verb opens the next clause, not a role.
    let q = who(
        "Its IT director, Paul Okonkwo, says he sleeps better. “We were one pipe away,” he says.",
    );
    assert_eq!(
        (q[0].0.clone(), q[0].1.clone()),
        (some("Paul Okonkwo"), some("Its IT director"))
    );
    // An organisation named in the paragraph is no "he": the speaker before stays.
    let q = who("“Costs will fall,” said Tom Reyes, the minister.\n\n\
         He added that talks with Aguas Mineras went on. Yet he added that he disliked “guessing about the future.”");
    assert_eq!(q.last().map(|x| x.0.clone()), Some(some("Tom Reyes")));
}

#[test]
fn name_in_the_appositive_after_a_role() {
    assert_eq!(
        who(
            "The agency's chief counsel, Maria Delgado, said “these rules will not last a decade.”"
        ),
        vec![(
            some("Maria Delgado"),
            some("The agency's chief counsel"),
            some("said")
        )]
    );
    let q = all("Transport Secretary, Paul Whitcombe, said the rules were overdue and would pass.");
    assert_eq!(q[0].0, some("Paul Whitcombe"));
    assert_eq!(q[0].1, some("Transport Secretary"));
}

#[test]
fn name_and_colon_before_the_quote() {
    assert_eq!(
        who("Police Chief Dan Moreau: “Our officers will finally get the equipment they need.”"),
        vec![(some("Dan Moreau"), some("Police Chief"), some(":"))]
    );
    // A label is no speaker.
    assert_eq!(
        who("Update: “The meeting has been moved to Friday at noon.”"),
        vec![(None, None, None)]
    );
}

#[test]
fn titles_of_local_office() {
    let q = who(
        "“I have never seen a budget this rushed,” said Councilwoman Ruth Adeyemi.\n\n\
         “We owe residents more time,” she said.",
    );
    assert_eq!(q[0].0, some("Ruth Adeyemi"));
    assert_eq!(q[1].0, some("Ruth Adeyemi"));
}

#[test]
fn reported_speech_shapes() {
    // A clause after "X said" is the content, not the circumstances.
    let q = all(
        "In an interview with the Tribune, Adeyemi said she would propose changes in the spring.",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].3, "she would propose changes in the spring.");
    // Circumstances after the cue are not what was said.
    for s in [
        "Microsoft said on Tuesday it would spend more on data centres this year.",
        "Microsoft said in a statement that it would spend more on data centres this year.",
    ] {
        assert_eq!(
            all(s)[0].3,
            "it would spend more on data centres this year.",
            "{s}"
        );
    }
    // "said he cannot": the pronoun starts the reported clause.
    let q = all("The campaign chairman, Phil Lovas, said he cannot comment on the letter because he has not seen it.");
    assert_eq!(q[0].0, some("Phil Lovas"));
    assert_eq!(
        q[0].3,
        "he cannot comment on the letter because he has not seen it."
    );
    // A long addressee ends at "that"; without it there is no telling.
    let q = all("The minister told French media in Paris that the government was considering a rise in tariffs.");
    assert_eq!(q[0].3, "the government was considering a rise in tariffs.");
    assert!(all("The firm told the Argentine newspaper Clarin it would not accept any change to its structure.").is_empty());
}

#[test]
fn role_words_before_the_name() {
    assert_eq!(
        who("“It works,” said analyst Tom Reyes.\n\n“It lasts,” said Gartner analyst Tom Reyes.\n\n\
             “It sells,” said analyst Alex Potter at Lehman Brothers."),
        vec![
            (some("Tom Reyes"), some("analyst"), some("said")),
            (some("Tom Reyes"), some("Gartner analyst"), some("said")),
            (some("Alex Potter"), some("analyst"), some("said")),
        ]
    );
}
