//! Extractive summary: the body sentences that best represent the article.
//!
//! LexRank (Erkan & Radev 2004) with a lead bias: sentences are nodes, edges
//! weigh the TF-ISF cosine similarity of two sentences, and a personalised
//! PageRank whose restart vector favours early sentences (news puts the gist
//! first) scores each one. The best sentences are taken greedily, skipping any
//! that repeats one already taken, and returned in article order. Only body
//! sentences are candidates, so boilerplate never enters a summary.
//!
//! The similarity matrix is quadratic in the number of sentences; above
//! `GRAPH_LIMIT` sentences each one is scored against the article's centroid
//! instead, which is linear.

use super::terms::{self, group, FxMap};
use crate::model::{Block, Document};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SummarySentence {
    /// 1-based source line of the sentence's first character.
    pub line: usize,
    pub text: String,
}

/// Sentences above which the graph gives way to the linear centroid ranking.
const GRAPH_LIMIT: usize = 300;
/// PageRank damping: the weight of the graph against the lead-biased restart.
const DAMPING: f64 = 0.85;
/// The restart weight of sentence `i` is `1 / (i + LEAD_OFFSET)`.
const LEAD_OFFSET: f64 = 2.0;
/// Two sentences at least this similar say the same thing; the second is skipped.
const REDUNDANT: f64 = 0.5;
/// Sentences shorter than this (in words), questions and lead-ins are a last resort.
const MIN_WORDS: usize = 6;

/// One candidate sentence.
struct Sentence<'a> {
    block: usize,
    range: std::ops::Range<usize>,
    text: &'a str,
    words: usize,
    /// (term, weight), sorted by term; weights are TF-ISF, L2-normalised. A
    /// term is the rank of its hash among the article's, so hash order is kept.
    vector: Vec<(u64, f64)>,
}

/// The `n` most representative body sentences, in article order.
pub fn summarize(doc: &Document, blocks: &[Block], n: usize) -> Vec<SummarySentence> {
    summarize_tokens(doc, blocks, &terms::BodyTokens::of(blocks), n)
}

/// `summarize` with the body already tokenised.
pub(crate) fn summarize_tokens(
    doc: &Document,
    blocks: &[Block],
    body: &terms::BodyTokens,
    n: usize,
) -> Vec<SummarySentence> {
    let sentences = sentences(blocks, body);
    select(&sentences, n)
        .into_iter()
        .map(|i| {
            let s = &sentences[i];
            SummarySentence {
                line: doc.line_of(blocks[s.block].start + s.range.start),
                text: s.text.to_string(),
            }
        })
        .collect()
}

/// Indices of the chosen sentences, in article order.
fn select(sentences: &[Sentence], n: usize) -> Vec<usize> {
    if n == 0 || sentences.is_empty() {
        return Vec::new();
    }
    let scores = if sentences.len() > GRAPH_LIMIT {
        centroid_scores(sentences)
    } else {
        lexrank_scores(sentences)
    };
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut chosen: Vec<usize> = Vec::with_capacity(n);
    // First pass: full statements; then short ones, questions and lead-ins
    // ("Here is how:") if room is left. Never one that repeats a chosen one.
    for pass in 0..2 {
        for &i in &order {
            if chosen.len() >= n {
                break;
            }
            if chosen.contains(&i) {
                continue;
            }
            let s = &sentences[i];
            let statement = s.words >= MIN_WORDS && !s.text.trim_end().ends_with([':', '?']);
            let new = chosen
                .iter()
                .all(|&c| cosine(&s.vector, &sentences[c].vector) < REDUNDANT);
            if new && (statement || pass == 1) {
                chosen.push(i);
            }
        }
    }
    chosen.sort_unstable();
    chosen
}

/// Restart weight of the `i`-th sentence.
fn lead(i: usize) -> f64 {
    1.0 / (i as f64 + LEAD_OFFSET)
}

/// Rows of (j, weight), end to end with row `i` at `starts[i]..starts[i + 1]`
/// (as `group` returns them), as (j, (i, weight)) pairs for `group`: the
/// transposed entries.
fn transposed<'a>(
    rows: &'a [(usize, f64)],
    starts: &'a [usize],
) -> impl Iterator<Item = (usize, (usize, f64))> + Clone + 'a {
    starts.windows(2).enumerate().flat_map(move |(i, span)| {
        rows[span[0]..span[1]]
            .iter()
            .map(move |&(j, w)| (j, (i, w)))
    })
}

/// Personalised PageRank over the sentence similarity graph.
fn lexrank_scores(sentences: &[Sentence]) -> Vec<f64> {
    let n = sentences.len();
    debug_assert!(n < SLOTS, "select ranks long articles by centroid");
    // Each term's (sentence, weight) postings in sentence order, as slices of
    // one array: a counting sort by term rank.
    let vectors = || sentences.iter().flat_map(|s| &s.vector);
    let terms = vectors().map(|&(t, _)| t as usize + 1).max().unwrap_or(0);
    let (starts, postings) = group(
        terms,
        sentences
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.vector.iter().map(move |&(t, w)| (t as usize, (i, w)))),
    );
    // Similarities are symmetric (each sums the same products in term order),
    // so each pair is computed once, from its earlier sentence: walking only
    // the postings after sentence `i`, with `fill[t]` (now at the term's first
    // posting again) as the cursor. `upper` holds (j, similarity) for j > i,
    // row after row, row `i` at `upper_starts[i]..upper_starts[i + 1]`.
    let mut fill = starts.clone();
    let mut upper: Vec<(usize, f64)> = Vec::new();
    let mut upper_starts: Vec<usize> = Vec::with_capacity(n + 1);
    upper_starts.push(0);
    let mut acc = vec![0.0; n];
    let mut in_row = vec![false; n];
    let mut touched: Vec<usize> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        for &(t, wi) in &s.vector {
            let t = t as usize;
            fill[t] += 1;
            for &(j, wj) in &postings[fill[t]..starts[t + 1]] {
                if !in_row[j] {
                    in_row[j] = true;
                    touched.push(j);
                }
                acc[j] += wi * wj;
            }
        }
        // Ascending order: sorted when few, read off the marks when many.
        if touched.len() * 8 > n {
            touched.clear();
            touched.extend((i + 1..n).filter(|&j| in_row[j]));
        } else {
            touched.sort_unstable();
        }
        for &j in &touched {
            upper.push((j, acc[j]));
            acc[j] = 0.0;
            in_row[j] = false;
        }
        touched.clear();
        upper_starts.push(upper.len());
    }
    // The same pairs seen from the later sentence: (i, similarity) grouped by
    // j, ascending in i within each group (a stable counting sort).
    let (lower_starts, lower) = group(n, transposed(&upper, &upper_starts));
    // Row `i`: its pairs with earlier then later sentences, so in ascending
    // order, as its sum must be (the sum skips only zeros).
    let row = |i: usize| {
        lower[lower_starts[i]..lower_starts[i + 1]]
            .iter()
            .chain(&upper[upper_starts[i]..upper_starts[i + 1]])
    };
    let sums: Vec<f64> = (0..n).map(|i| row(i).map(|&(_, w)| w).sum()).collect();
    // PageRank gathers: column j holds (i, weight of i -> j) ascending in i,
    // so each sentence's sum adds the same terms in the same order as
    // scattering row by row would. The weight is the similarity over row i's
    // sum, and similarities are symmetric, so column j's pairs are row j's
    // (most pairs share no term: the columns are sparse, end to end).
    // A sentence sharing nothing with the rest jumps to the restart vector.
    let mut columns: Vec<(usize, f64)> = Vec::with_capacity(upper.len() * 2);
    let mut col_starts: Vec<usize> = Vec::with_capacity(n + 1);
    col_starts.push(0);
    let mut dangling_rows: Vec<usize> = Vec::new();
    for j in 0..n {
        let from = columns.len();
        columns.extend(
            row(j)
                .filter(|&&(_, w)| w > 0.0)
                .map(|&(i, w)| (i, w / sums[i])),
        );
        if columns.len() == from {
            dangling_rows.push(j);
        }
        col_starts.push(columns.len());
    }
    let total: f64 = (0..n).map(lead).sum();
    let restart: Vec<f64> = (0..n).map(|i| lead(i) / total).collect();
    // Sentence indices as bytes when they fit, which index `share` unchecked.
    if n <= 256 {
        pagerank(
            &Pairs::<u8>::of(&columns, &col_starts, &restart),
            restart,
            &dangling_rows,
        )
    } else {
        pagerank(
            &Pairs::<u16>::of(&columns, &col_starts, &restart),
            restart,
            &dangling_rows,
        )
    }
}

/// Power iteration from `restart`; `dangling` rows share no term with the rest.
fn pagerank<I: Slot>(pairs: &Pairs<I>, restart: Vec<f64>, dangling: &[usize]) -> Vec<f64> {
    let mut rank = restart.clone();
    let mut next = vec![0.0; rank.len()];
    let mut share = [0.0; SLOTS];
    for _ in 0..100 {
        let dangling: f64 = dangling.iter().map(|&i| rank[i]).sum();
        for (s, r) in share.iter_mut().zip(&rank) {
            *s = DAMPING * r;
        }
        let jump = 1.0 - DAMPING + DAMPING * dangling;
        for (p, entries) in pairs.spans() {
            let v = gather(p.restart.map(|r| jump * r), entries, &share);
            next[p.cols[0]] = v[0];
            next[p.cols[1]] = v[1];
        }
        let mut change = 0.0;
        for (old, v) in rank.iter().zip(&next) {
            change += (old - v).abs();
        }
        std::mem::swap(&mut rank, &mut next);
        if change < 1e-9 {
            break;
        }
    }
    rank
}

/// Slots of PageRank's `share` array: a power of two above `GRAPH_LIMIT`, so
/// that a sentence index masked to it needs no bounds check.
const SLOTS: usize = (GRAPH_LIMIT + 1).next_power_of_two();

/// A sentence index as stored in [`Pairs`].
trait Slot: Copy {
    fn new(i: usize) -> Self;
    /// `share[i]`, without a bounds check.
    fn of(self, share: &[f64; SLOTS]) -> f64;
}

impl Slot for u8 {
    fn new(i: usize) -> u8 {
        i as u8
    }
    fn of(self, share: &[f64; SLOTS]) -> f64 {
        share[usize::from(self)]
    }
}

impl Slot for u16 {
    fn new(i: usize) -> u16 {
        i as u16
    }
    fn of(self, share: &[f64; SLOTS]) -> f64 {
        share[usize::from(self) % SLOTS]
    }
}

/// PageRank's columns two at a time, side by side, so that each step of the
/// gather works on both (SSE2 multiplies and adds two numbers at once). Each
/// column's sum still adds its own terms in its own order. Columns of like
/// length are paired, and the shorter padded with zero weights, which add
/// nothing: every sum starts positive, and `x + 0.0` is `x`. Padded to an
/// even length too, the entries go two by two with no odd one to finish.
struct Pairs<I> {
    list: Vec<Pair>,
    /// Each pair's entries in turn, end to end.
    entries: Vec<[Entry<I>; 2]>,
}

struct Pair {
    /// Its two columns (the same one twice for an odd one out).
    cols: [usize; 2],
    /// Their restart weights.
    restart: [f64; 2],
    /// How many of `entries` are its.
    len: usize,
}

/// The k-th (sentence, weight) of both columns of a pair. Aligned, so that
/// the multiply reads both weights straight from memory.
#[derive(Clone, Copy)]
#[repr(C, align(16))]
struct Entry<I> {
    w: [f64; 2],
    at: [I; 2],
}

impl<I: Slot> Pairs<I> {
    fn of(columns: &[(usize, f64)], col_starts: &[usize], restart: &[f64]) -> Pairs<I> {
        let column = |j: usize| &columns[col_starts[j]..col_starts[j + 1]];
        let mut by_len: Vec<usize> = (0..col_starts.len() - 1).collect();
        by_len.sort_by_key(|&j| column(j).len());
        let mut pairs = Pairs {
            list: Vec::with_capacity(by_len.len().div_ceil(2)),
            entries: Vec::with_capacity(columns.len() / 2 + by_len.len()),
        };
        for two in by_len.chunks(2) {
            let cols = [two[0], *two.last().unwrap_or(&two[0])];
            let (a, b) = (column(cols[0]), column(cols[1]));
            let padded = |c: &[(usize, f64)], k: usize| c.get(k).copied().unwrap_or((0, 0.0));
            let entry = |k: usize| {
                let ((ia, wa), (ib, wb)) = (padded(a, k), padded(b, k));
                Entry {
                    at: [I::new(ia), I::new(ib)],
                    w: [wa, wb],
                }
            };
            let from = pairs.entries.len();
            for k in (0..a.len().max(b.len())).step_by(2) {
                pairs.entries.push([entry(k), entry(k + 1)]);
            }
            pairs.list.push(Pair {
                cols,
                restart: cols.map(|j| restart.get(j).copied().unwrap_or_default()),
                len: pairs.entries.len() - from,
            });
        }
        pairs
    }

    /// Each pair with its entries.
    fn spans(&self) -> impl Iterator<Item = (&Pair, &[[Entry<I>; 2]])> {
        let mut rest = &self.entries[..];
        self.list.iter().map(move |p| {
            let (now, later) = rest.split_at_checked(p.len).unwrap_or((rest, &[]));
            rest = later;
            (p, now)
        })
    }
}

/// `x` plus the sum of `share[i] * w` over each of a pair's columns, added in
/// order (so each result is that of the plain loop over its column). The
/// hottest loop of the summary.
fn gather<I: Slot>(mut x: [f64; 2], entries: &[[Entry<I>; 2]], share: &[f64; SLOTS]) -> [f64; 2] {
    let mut step = |e: &Entry<I>| {
        x[0] += e.at[0].of(share) * e.w[0];
        x[1] += e.at[1].of(share) * e.w[1];
    };
    for [e, f] in entries {
        step(e);
        step(f);
    }
    x
}

/// Linear fallback: similarity to the article's centroid, with the same lead bias.
fn centroid_scores(sentences: &[Sentence]) -> Vec<f64> {
    let mut all: Vec<(u64, f64)> = sentences
        .iter()
        .flat_map(|s| s.vector.iter().copied())
        .collect();
    all.sort_unstable_by_key(|&(h, _)| h);
    let mut centroid: Vec<(u64, f64)> = Vec::new();
    for (h, w) in all {
        match centroid.last_mut() {
            Some((last, acc)) if *last == h => *acc += w,
            _ => centroid.push((h, w)),
        }
    }
    normalise(&mut centroid);
    // Terms are ranks, and the centroid holds every sentence's: as an array
    // by rank, each cosine is a lookup per term of the sentence (the same
    // products, added in the same order, as `cosine`'s merge).
    let mut by_term = vec![0.0; centroid.last().map_or(0, |&(t, _)| t as usize + 1)];
    for &(t, w) in &centroid {
        by_term[t as usize] = w;
    }
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let dot: f64 = s.vector.iter().fold(0.0, |dot, &(t, w)| {
                dot + w * by_term.get(t as usize).copied().unwrap_or(0.0)
            });
            dot * (1.0 + lead(i) * LEAD_OFFSET)
        })
        .collect()
}

/// Body sentences with their TF-ISF vectors.
fn sentences<'a>(blocks: &'a [Block], body: &terms::BodyTokens) -> Vec<Sentence<'a>> {
    let mut out: Vec<Sentence> = Vec::with_capacity(blocks.iter().map(|b| b.sentences.len()).sum());
    for (bi, b) in blocks.iter().enumerate() {
        for r in &b.sentences {
            let text = &b.text[r.clone()];
            let si = out.len();
            let tokens = body.sentence(si);
            let mut vector: Vec<(u64, f64)> = Vec::with_capacity(tokens.len());
            for (ti, t) in tokens.iter().enumerate() {
                if t.stop {
                    continue;
                }
                match body.key(si, ti) {
                    Some((key, h)) if key.chars().nth(1).is_some() => vector.push((h, 1.0)),
                    _ => {}
                }
            }
            vector.sort_unstable_by_key(|&(h, _)| h);
            vector.dedup_by(|a, b| {
                let same = a.0 == b.0;
                if same {
                    b.1 += a.1;
                }
                same
            });
            out.push(Sentence {
                block: bi,
                range: r.clone(),
                text,
                words: tokens.len(),
                vector,
            });
        }
    }
    // Inverse sentence frequency: terms in every sentence tell them apart
    // least. Each term's count of sentences, then its rank by hash.
    let mut terms: FxMap<u64, usize> = FxMap::default();
    for s in &out {
        for &(h, _) in &s.vector {
            *terms.entry(h).or_default() += 1;
        }
    }
    // (term, sentences holding it), sorted by term.
    let mut df: Vec<(u64, usize)> = terms.iter().map(|(&h, &count)| (h, count)).collect();
    df.sort_unstable();
    let n = out.len() as f64;
    let isf = |count: usize| ((n + 1.0) / count as f64).ln();
    let weights: Vec<f64> = df.iter().map(|&(_, count)| isf(count)).collect();
    for (rank, (h, _)) in df.iter().enumerate() {
        terms.insert(*h, rank);
    }
    for s in &mut out {
        for (h, w) in &mut s.vector {
            let rank = terms.get(h).copied().unwrap_or(df.len());
            *w *= weights.get(rank).copied().unwrap_or_else(|| isf(1));
            *h = rank as u64;
        }
        normalise(&mut s.vector);
    }
    out
}

fn normalise(v: &mut [(u64, f64)]) {
    let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    if norm > 0.0 {
        for (_, w) in v {
            *w /= norm;
        }
    }
}

/// Dot product of two sorted, normalised sparse vectors.
fn cosine(a: &[(u64, f64)], b: &[(u64, f64)]) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::digest::test_block as block;

    const STORY: &[&str] = &[
        "The town council will close the Mill Lane swimming baths next month after engineers found cracks in the roof.",
        "Is this the end of swimming in the town? Not quite.",
        "Engineers told the council that repairing the roof of the baths would cost more than building a new pool.",
        "The council said a new pool could open within three years if a site is found.",
        "Swimmers who use the baths every morning said they were sad to see them close.",
        "Here is what happens next:",
        "Schools will take their swimming lessons to the leisure centre in the next town while the council looks for a site.",
    ];

    fn chosen(blocks: &[Block], n: usize) -> Vec<String> {
        let doc = Document::new("t", String::new());
        summarize(&doc, blocks, n)
            .into_iter()
            .map(|s| s.text)
            .collect()
    }

    #[test]
    fn picks_the_gist_in_article_order() {
        let blocks: Vec<Block> = STORY.iter().map(|p| block(p)).collect();
        let got = chosen(&blocks, 3);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0], STORY[0], "the lead states the gist: {got:#?}");
        let position = |s: &str| STORY.iter().position(|p| p.contains(s)).unwrap();
        assert!(got.windows(2).all(|w| position(&w[0]) <= position(&w[1])));
        assert!(
            got.iter().all(|s| !s.ends_with('?') && !s.ends_with(':')),
            "{got:#?}"
        );
        assert_eq!(chosen(&blocks, 1).len(), 1);
        assert!(chosen(&blocks, 0).is_empty());
        assert_eq!(chosen(&blocks, 50).len(), 8, "every sentence at most once");
        assert!(chosen(&[], 3).is_empty());
    }

    #[test]
    fn long_articles_use_the_linear_ranking() {
        let text: Vec<String> = (0..GRAPH_LIMIT + 100)
            .map(|i| format!("Paragraph {i} talks about the swimming baths and item {i} of the council budget."))
            .collect();
        let blocks: Vec<Block> = text.iter().map(|p| block(p)).collect();
        let got = chosen(&blocks, 3);
        assert_eq!(got.len(), 3);
    }

    /// Paired, padded columns sum exactly as the plain loop over each column.
    #[test]
    fn paired_gathers_match_the_plain_loop() {
        let n = 41;
        let mut columns = Vec::new();
        let mut col_starts = vec![0];
        for j in 0..n {
            // Columns of assorted lengths, some empty, weights in (0, 1).
            for i in (0..n).filter(|i| (i * 7 + j * 3) % (j % 5 + 2) == 0) {
                columns.push((i, ((i * 31 + j * 17) % 97 + 1) as f64 / 98.0));
            }
            col_starts.push(columns.len());
        }
        let restart: Vec<f64> = (0..n).map(|i| lead(i) / 9.0).collect();
        let mut share = [0.0; SLOTS];
        for (i, s) in share.iter_mut().take(n).enumerate() {
            *s = 1.0 / (i as f64 + 3.0);
        }
        let plain: Vec<f64> = (0..n)
            .map(|j| {
                let column = &columns[col_starts[j]..col_starts[j + 1]];
                column
                    .iter()
                    .fold(restart[j], |x, &(i, w)| x + share[i] * w)
            })
            .collect();
        fn sums<I: Slot>(pairs: &Pairs<I>, n: usize, share: &[f64; SLOTS]) -> Vec<f64> {
            let mut out = vec![f64::NAN; n];
            for (p, entries) in pairs.spans() {
                let v = gather(p.restart, entries, share);
                (out[p.cols[0]], out[p.cols[1]]) = (v[0], v[1]);
            }
            out
        }
        let bytes = sums(&Pairs::<u8>::of(&columns, &col_starts, &restart), n, &share);
        let wide = sums(
            &Pairs::<u16>::of(&columns, &col_starts, &restart),
            n,
            &share,
        );
        assert_eq!(bytes, plain);
        assert_eq!(wide, plain);
    }

    #[test]
    fn repeated_sentences_are_chosen_once() {
        let blocks = [block(
            "The fox jumps over the dog. The fox jumps over the dog. The fox jumps over the dog.",
        )];
        assert_eq!(chosen(&blocks, 3).len(), 1);
    }
}
