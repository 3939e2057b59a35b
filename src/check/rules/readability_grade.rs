//! `readability-grade`: the body reads above the maximum school grade.

use crate::check::config::Params;
use crate::check::{Finding, Level, Meta, Param, ParamKind, Rule, Subject};

pub struct ReadabilityGrade;

const PARAMS: &[Param] = &[Param {
    name: "max_grade",
    kind: ParamKind::Count,
    default: 16.0,
    help: "highest consensus grade level (US school years)",
}];

const META: Meta = Meta {
    id: "readability-grade",
    level: Level::Warning,
    description: "The body's reading grade (the consensus of the grade formulas) is above the maximum",
    rationale: "Business and tech articles are written for professionals and usually score grades 10 to 15; \
                above 16 (postgraduate level) even expert readers slow down, usually because of long \
                sentences and stacked jargon. A body too short to score (under 30 words, or no sentence ends) \
                has a null grade and gets no alert.",
    params: PARAMS,
};

impl Rule for ReadabilityGrade {
    fn meta(&self) -> &'static Meta {
        &META
    }
    fn check(&self, s: &Subject, p: &Params, out: &mut Vec<Finding>) {
        let Some(grade) = s.article.readability.consensus_grade else {
            return;
        };
        let max = p.count("max_grade");
        if grade <= max as f64 {
            return;
        }
        let stats = &s.article.stats;
        let words = stats.average_sentence_words.unwrap_or(0.0);
        let syllables = stats.average_word_syllables.unwrap_or(0.0);
        // Grade formulas weigh sentence length and word length; say which is high.
        let advice = match (words > LONG_SENTENCES, syllables > LONG_WORDS) {
            (true, false) => "split long sentences",
            (false, true) => "prefer short, common words",
            _ => "split long sentences and prefer short, common words",
        };
        out.push(s.finding(
            s.body_start(),
            format!(
                "reading grade {grade:.1} (max {max}), with {words:.0} words a sentence and \
                 {syllables:.2} syllables a word on average: {advice}"
            ),
        ));
    }
}

/// Average words a sentence above which sentence length is the problem
/// (news articles average 19 to 22, the middle half of the development corpus).
const LONG_SENTENCES: f64 = 25.0;
/// Average syllables a word above which word length is the problem (news
/// articles average 1.6 to 1.8; business news is heavy in long words).
const LONG_WORDS: f64 = 1.8;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::testing::{article, findings};

    const DENSE: &str = "Institutional investors increasingly characterise decentralised infrastructure \
        as a precondition for organisational interoperability. Consequently, procurement departments \
        prioritise comprehensive authentication architectures over conventional perimeter technologies. \
        Regulatory uncertainty nevertheless complicates multinational implementation considerably. ";

    #[test]
    fn dense_prose_is_flagged_and_plain_prose_is_not() {
        let text = format!(
            "Council approves budget\n\nBy Jane Doe\n\n{}\n",
            DENSE.repeat(4)
        );
        let f = findings(&ReadabilityGrade, &text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].line, f[0].column), (5, 1));
        assert!(f[0].message.starts_with("reading grade "), "{f:?}");
        assert!(
            f[0].message
                .contains("(max 16), with 10 words a sentence and ")
                && f[0]
                    .message
                    .ends_with("on average: prefer short, common words"),
            "{f:?}"
        );
        assert!(findings(&ReadabilityGrade, &article("Council approves budget", 20)).is_empty());
    }

    #[test]
    fn no_grade_no_alert() {
        // Too few words to score: the grade is null.
        let text = "Council approves budget\n\nBy Jane Doe\n\nInstitutional interoperability considerations.\n";
        let doc = crate::model::Document::new("t.txt", text.to_string());
        assert_eq!(crate::analyze(&doc).readability.consensus_grade, None);
        assert!(findings(&ReadabilityGrade, text).is_empty());
    }
}
