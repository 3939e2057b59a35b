//! Near-duplicate articles: the same story saved twice, or lightly edited.
//!
//! An article's body is cut into overlapping word 4-grams (shingles, Broder
//! 1997); two articles are near-duplicates when the Jaccard similarity of their
//! shingle sets is at least [`THRESHOLD`]. A [`Signature`] of 64 MinHash values
//! estimates that similarity in constant space, and an [`Index`] finds
//! candidates by locality-sensitive hashing (21 bands of 3 values), so that a
//! corpus is paired in about linear time instead of comparing every two
//! articles. The title is left out (it is what an editor changes first), and so
//! is boilerplate.

use crate::digest::terms::BodyTokens;
use crate::model::{Article, Block};
use crate::spool::Spool;
use crate::stats;
use std::io::{self, Read};

/// MinHash values per signature.
pub const HASHES: usize = 64;
/// Estimated Jaccard similarity from which two articles are near-duplicates.
pub const THRESHOLD: f64 = 0.5;
/// Words per shingle.
const SHINGLE: usize = 4;
/// Shingles a body needs before it is compared at all (very short texts look alike).
const MIN_SHINGLES: usize = 8;
const ROWS: usize = 3;
const BANDS: usize = HASHES / ROWS;
/// Articles kept per bucket: bounds the work when thousands of copies exist.
const BUCKET_CAP: usize = 64;

/// A MinHash sketch of an article's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature([u32; HASHES]);

impl Signature {
    /// The signature of an article's body, or None when the body is too short to judge.
    pub fn of(article: &Article) -> Option<Signature> {
        Signature::of_blocks(&article.blocks)
    }

    pub fn of_blocks(blocks: &[Block]) -> Option<Signature> {
        let words = blocks.iter().flat_map(|b| stats::words(&b.text));
        Signature::of_word_hashes(words.map(word_hash))
    }

    /// `of_blocks` from the body's shared tokens (the same words in the same
    /// order), each distinct word hashed once rather than at every use.
    pub fn of_tokens(blocks: &[Block], body: &BodyTokens) -> Option<Signature> {
        let hashes: Vec<u64> = body.words().iter().map(|&(w, _)| word_hash(w)).collect();
        let hashes = &hashes;
        let sentences: usize = blocks.iter().map(|b| b.sentences.len()).sum();
        let words = (0..sentences).flat_map(|i| {
            let tokens = body.sentence(i).iter().enumerate();
            tokens.map(move |(t, token)| {
                let known = body.word(i, t).and_then(|w| hashes.get(w));
                known.copied().unwrap_or_else(|| word_hash(token.text))
            })
        });
        Signature::of_word_hashes(words)
    }

    /// The signature of a body given as the `word_hash` of each word in order.
    fn of_word_hashes(words: impl Iterator<Item = u64>) -> Option<Signature> {
        // Minima of the values xored with SIGN, as i32 (see PERMUTATIONS).
        let mut mins = [i32::MAX; HASHES];
        let Permutations { mul, add } = &*PERMUTATIONS;
        let mut window = [0u64; SHINGLE];
        let mut seen = 0usize;
        for w in words {
            window[seen % SHINGLE] = w;
            seen += 1;
            if seen < SHINGLE {
                continue;
            }
            // The shingle: its words in order, oldest first.
            let mut h: u64 = 0;
            for k in 0..SHINGLE {
                h ^= window[(seen + k) % SHINGLE].rotate_left(16 * k as u32);
            }
            let h = crate::digest::terms::mix(h);
            // Sixteen values, then their minima: a shape that LLVM turns
            // into 4-wide compares (one loop of both gets 2-wide ones).
            let chunks = mins.chunks_exact_mut(16);
            for ((m, a), b) in chunks.zip(mul.chunks_exact(16)).zip(add.chunks_exact(16)) {
                let mut v = [0i32; 16];
                for ((v, a), b) in v.iter_mut().zip(a).zip(b) {
                    *v = biased_value(*a, *b, h);
                }
                for (m, v) in m.iter_mut().zip(v) {
                    *m = (*m).min(v);
                }
            }
        }
        let mins = mins.map(|m| m as u32 ^ SIGN);
        (seen + 1 >= SHINGLE + MIN_SHINGLES).then_some(Signature(mins))
    }

    /// Estimated Jaccard similarity of the two bodies' shingle sets.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / HASHES as f64
    }

    fn band(&self, band: usize) -> u64 {
        let mut h = band as u64;
        for v in &self.0[band * ROWS..(band + 1) * ROWS] {
            h = crate::digest::terms::mix(h ^ u64::from(*v));
        }
        h
    }
}

/// Odd multipliers and offsets of the hash family, fixed so output is stable,
/// as two arrays (which vectorise better than pairs). The value of a shingle
/// hash `h` under permutation `i` is the high half of `a[i] * h + offset(i)`;
/// `b[i]` is `offset(i) + 2^63`, which adds 2^31 to that high half, flipping its
/// top bit: the value xored with SIGN, whose signed order is the unsigned order
/// of the value, and baseline SSE2 compares 4 signed numbers at a time but no
/// unsigned ones. Aligned, so that SSE2 adds read the offsets straight from
/// memory.
#[repr(C, align(64))]
struct Permutations {
    mul: [u64; HASHES],
    add: [u64; HASHES],
}

static PERMUTATIONS: std::sync::LazyLock<Permutations> = std::sync::LazyLock::new(|| {
    let mut p = Permutations {
        mul: [0; HASHES],
        add: [0; HASHES],
    };
    for i in 0..HASHES {
        p.mul[i] = crate::digest::terms::mix(0x5eed_0000 + 2 * i as u64) | 1;
        p.add[i] = offset(i).wrapping_add(1 << 63);
    }
    p
});

fn offset(i: usize) -> u64 {
    crate::digest::terms::mix(0x5eed_0001 + 2 * i as u64)
}

const SIGN: u32 = 1 << 31;

/// The value under a permutation, xored with SIGN, as i32 (see PERMUTATIONS).
#[inline(always)]
fn biased_value(a: u64, b: u64, h: u64) -> i32 {
    (a.wrapping_mul(h).wrapping_add(b) >> 32) as u32 as i32
}

/// Hash of a word with ASCII letters case-folded (FNV-1a), without allocating.
fn word_hash(w: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in w.as_bytes() {
        h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0000_0100_0000_01b3);
    }
    crate::digest::terms::mix(h)
}

/// Two articles found near-duplicates, by their positions in the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub first: usize,
    pub second: usize,
    /// Estimated Jaccard similarity of the bodies, 0..=1.
    pub similarity: f64,
}

/// Signatures added one at a time; each addition reports the earlier ones it duplicates.
#[derive(Debug)]
pub struct Index {
    signatures: Vec<Signature>,
    /// One open-addressing table per band, side by side, of ids + 1 (0 is an
    /// empty slot), probed linearly from the band hash. A slot's bucket is told
    /// by recomputing the band hash of its signature, so a bucket entry costs 4
    /// bytes rather than a map entry and a Vec of its own.
    slots: Vec<u32>,
    threshold: f64,
}

impl Default for Index {
    fn default() -> Index {
        Index::with_threshold(THRESHOLD)
    }
}

impl Index {
    /// An index reporting pairs from `threshold` similarity. The bands find a
    /// pair at 0.5 with probability 0.94 and at 0.3 with only 0.44, so
    /// thresholds below [`THRESHOLD`] miss pairs.
    pub fn with_threshold(threshold: f64) -> Index {
        Index {
            signatures: Vec::new(),
            slots: Vec::new(),
            threshold,
        }
    }

    /// Adds the next signature (its id is the number added before it) and returns
    /// the earlier ids it near-duplicates, with their similarity, in id order.
    pub fn add(&mut self, sig: Signature) -> Vec<(usize, f64)> {
        let id = self.signatures.len() as u32;
        // At most half full, so that probe runs stay short.
        if 2 * (self.signatures.len() + 1) > self.slots.len() / BANDS {
            self.grow();
        }
        let size = self.slots.len() / BANDS;
        let mut candidates: Vec<u32> = Vec::new();
        for (band, table) in self.slots.chunks_exact_mut(size).enumerate() {
            let h = sig.band(band);
            let mut i = h as usize & (size - 1);
            let mut members = 0;
            while let Some(other) = table[i].checked_sub(1) {
                if self.signatures[other as usize].band(band) == h {
                    candidates.push(other);
                    members += 1;
                }
                i = (i + 1) & (size - 1);
            }
            if members < BUCKET_CAP {
                table[i] = id + 1;
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let found = candidates
            .into_iter()
            .filter_map(|c| {
                let s = self.signatures[c as usize].similarity(&sig);
                (s >= self.threshold).then_some((c as usize, s))
            })
            .collect();
        self.signatures.push(sig);
        found
    }

    /// Doubles every table, placing the ids again.
    fn grow(&mut self) {
        let old = self.slots.len() / BANDS;
        let size = (2 * old).max(64);
        let mut slots = vec![0u32; size * BANDS];
        if old > 0 {
            let tables = slots
                .chunks_exact_mut(size)
                .zip(self.slots.chunks_exact(old));
            for (band, (table, old_table)) in tables.enumerate() {
                for &slot in old_table.iter().filter(|&&s| s != 0) {
                    let h = self.signatures[slot as usize - 1].band(band);
                    let mut i = h as usize & (size - 1);
                    while table[i] != 0 {
                        i = (i + 1) & (size - 1);
                    }
                    table[i] = slot;
                }
            }
        }
        self.slots = slots;
    }
}

/// Signatures by id (their order of addition), as [`links`] reads them: all
/// in order, then the few that share a bucket by id.
pub trait Signatures {
    fn count(&self) -> usize;
    /// Calls `f` with each signature in id order.
    fn each(&mut self, f: &mut dyn FnMut(&Signature)) -> io::Result<()>;
    fn get(&mut self, id: usize) -> io::Result<Signature>;
}

impl Signatures for &[Signature] {
    fn count(&self) -> usize {
        self.len()
    }

    fn each(&mut self, f: &mut dyn FnMut(&Signature)) -> io::Result<()> {
        self.iter().for_each(f);
        Ok(())
    }

    fn get(&mut self, id: usize) -> io::Result<Signature> {
        <[Signature]>::get(self, id)
            .cloned()
            .ok_or(io::ErrorKind::NotFound.into())
    }
}

/// Signatures spooled to disk as they come: a corpus of any size keeps none
/// in memory.
#[derive(Debug, Default)]
pub struct Log(Spool);

/// Bytes of a signature in a [`Log`].
const RECORD: usize = 4 * HASHES;

impl Log {
    pub fn push(&mut self, sig: &Signature) {
        let mut record = [0u8; RECORD];
        for (r, v) in record.chunks_exact_mut(4).zip(&sig.0) {
            r.copy_from_slice(&v.to_le_bytes());
        }
        self.0.push(&record);
    }

    #[cfg(test)]
    pub fn in_spool(spool: Spool) -> Log {
        Log(spool)
    }
}

fn from_record(record: &[u8; RECORD]) -> Signature {
    let mut sig = [0u32; HASHES];
    for (v, r) in sig.iter_mut().zip(record.chunks_exact(4)) {
        *v = u32::from_le_bytes([r[0], r[1], r[2], r[3]]);
    }
    Signature(sig)
}

impl Signatures for Log {
    fn count(&self) -> usize {
        (self.0.len() / RECORD as u64) as usize
    }

    fn each(&mut self, f: &mut dyn FnMut(&Signature)) -> io::Result<()> {
        let n = self.count();
        let mut reader = self.0.reader()?;
        let mut record = [0u8; RECORD];
        for _ in 0..n {
            reader.read_exact(&mut record)?;
            f(&from_record(&record));
        }
        Ok(())
    }

    fn get(&mut self, id: usize) -> io::Result<Signature> {
        let mut record = [0u8; RECORD];
        self.0.read_at((id * RECORD) as u64, &mut record)?;
        Ok(from_record(&record))
    }
}

/// The pairs of `signatures` that an [`Index`] fed them in order would report
/// (the same bands and bucket cap), found all at once: `link(first, second,
/// similarity)` is called for each, in no set order and possibly more than
/// once. Needs memory for one band's hashes at a time (16 bytes an article)
/// and the signatures of one bucket.
pub fn links(
    signatures: &mut impl Signatures,
    threshold: f64,
    mut link: impl FnMut(usize, usize, f64),
) -> io::Result<()> {
    let mut bands: Vec<(u64, u32)> = Vec::with_capacity(signatures.count());
    for band in 0..BANDS {
        bands.clear();
        signatures.each(&mut |s| bands.push((s.band(band), bands.len() as u32)))?;
        bands.sort_unstable();
        for bucket in bands.chunk_by(|a, b| a.0 == b.0).filter(|b| b.len() > 1) {
            // Each member meets the earliest BUCKET_CAP members before it, as
            // only those were kept in the bucket when it was added.
            let kept = bucket.iter().take(BUCKET_CAP);
            let kept: Vec<Signature> = kept
                .map(|&(_, id)| signatures.get(id as usize))
                .collect::<io::Result<_>>()?;
            for (k, &(_, second)) in bucket.iter().enumerate().skip(1) {
                let later;
                let sig = match kept.get(k) {
                    Some(s) => s,
                    None => {
                        later = signatures.get(second as usize)?;
                        &later
                    }
                };
                for (earlier, &(_, first)) in kept.iter().zip(bucket).take(k) {
                    let s = earlier.similarity(sig);
                    if s >= threshold {
                        link(first as usize, second as usize, s);
                    }
                }
            }
        }
    }
    Ok(())
}

/// Every near-duplicate pair among `signatures`, ordered by the second then the first.
pub fn pairs(signatures: &[Signature]) -> Vec<Pair> {
    // Reading a slice cannot fail.
    pairs_in(&mut { signatures }).unwrap_or_default()
}

fn pairs_in(signatures: &mut impl Signatures) -> io::Result<Vec<Pair>> {
    let mut out = Vec::new();
    links(signatures, THRESHOLD, |first, second, similarity| {
        out.push(Pair {
            first,
            second,
            similarity,
        })
    })?;
    out.sort_by_key(|p| (p.second, p.first));
    out.dedup_by_key(|p| (p.second, p.first));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(paragraphs: &[&str]) -> Vec<Block> {
        paragraphs
            .iter()
            .map(|p| crate::digest::test_block(p))
            .collect()
    }

    const STORY: &[&str] = &[
        "The city council voted on Tuesday to close the old swimming baths on Mill Lane after an engineer's report found cracks in the roof beams.",
        "Councillors said the repairs would cost more than building a new pool, which the town has wanted for a decade.",
        "Swimmers who use the baths every morning gathered outside the town hall with banners before the vote.",
        "The baths opened in 1911 and were listed as a building of local interest in the 1980s, which limits what can be done to the site.",
        "A public meeting on the future of the building is planned for next month, the council said in a statement.",
        "Until then, the school swimming lessons will move to the leisure centre in the next town.",
    ];

    const OTHER_STORY: &[&str] = &[
        "Plans for a new swimming pool in the town were put on hold on Tuesday because the council could not agree on where to build it.",
        "Some councillors want the pool beside the leisure centre; others prefer the site of the old bus depot near the station.",
        "The town has had no public pool since the baths on Mill Lane closed, and school swimming lessons take place two towns away.",
        "A consultation on both sites will open next month and run until the end of the summer, the council said.",
        "Campaigners said the delay was a blow to the swimmers who have waited years for a new pool.",
    ];

    /// The biased signed value orders like, and unbiases to, the plain one.
    #[test]
    fn biased_values_match_the_plain_formula() {
        let Permutations { mul: a, add: b } = &*PERMUTATIONS;
        let mut h = 7u64;
        let mut prev = (0u32, i32::MIN);
        for k in 0..100_000 {
            h = crate::digest::terms::mix(h);
            let i = k % HASHES;
            // Also the edges of the ranges.
            let h = match k {
                0 => 0,
                1 => u64::MAX,
                _ => h,
            };
            let plain = (a[i].wrapping_mul(h).wrapping_add(offset(i)) >> 32) as u32;
            let biased = biased_value(a[i], b[i], h);
            assert_eq!(biased as u32 ^ SIGN, plain);
            assert_eq!(plain.cmp(&prev.0), biased.cmp(&prev.1));
            prev = (plain, biased);
        }
    }

    #[test]
    fn same_story_saved_twice_and_edited_is_found() {
        let original = body(STORY);
        // Saved again: another title (not part of the body), one paragraph cut, a word changed.
        let mut edited: Vec<&str> = STORY.to_vec();
        edited.remove(3);
        let changed = STORY[4].replace("next month", "in March");
        edited[3] = &changed;
        let edited = body(&edited);
        let a = Signature::of_blocks(&original).unwrap();
        let b = Signature::of_blocks(&edited).unwrap();
        assert!(a.similarity(&b) >= THRESHOLD, "{}", a.similarity(&b));
        let p = pairs(&[a, b]);
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].first, p[0].second), (0, 1));
    }

    #[test]
    fn shared_tokens_give_the_same_signature() {
        for story in [
            STORY,
            OTHER_STORY,
            &["Mr. Smith's \u{201c}CIOs\u{201d} -- e.g. 3.5%, O\u{2019}Neil; ok."],
        ] {
            let blocks = body(story);
            let tokens = BodyTokens::of(&blocks);
            assert_eq!(
                Signature::of_tokens(&blocks, &tokens),
                Signature::of_blocks(&blocks)
            );
        }
    }

    #[test]
    fn different_stories_on_one_topic_are_not_paired() {
        let a = Signature::of_blocks(&body(STORY)).unwrap();
        let b = Signature::of_blocks(&body(OTHER_STORY)).unwrap();
        assert!(a.similarity(&b) < 0.2, "{}", a.similarity(&b));
        assert!(pairs(&[a, b]).is_empty());
    }

    #[test]
    fn identical_bodies_are_similar_and_short_ones_are_skipped() {
        let a = Signature::of_blocks(&body(STORY)).unwrap();
        let b = Signature::of_blocks(&body(STORY)).unwrap();
        assert_eq!(a.similarity(&b), 1.0);
        assert!(Signature::of_blocks(&body(&["Too short to judge."])).is_none());
        assert!(Signature::of_blocks(&[]).is_none());
    }

    #[test]
    fn copies_pair_with_every_earlier_copy() {
        let s = Signature::of_blocks(&body(STORY)).unwrap();
        let o = Signature::of_blocks(&body(OTHER_STORY)).unwrap();
        let p = pairs(&[s.clone(), o, s.clone(), s]);
        let ids: Vec<(usize, usize)> = p.iter().map(|p| (p.first, p.second)).collect();
        assert_eq!(ids, [(0, 2), (0, 3), (2, 3)]);
    }

    /// The index and `pairs` agree, bucket cap included, on many copies and edits.
    #[test]
    fn index_and_pairs_agree() {
        let mut sigs = Vec::new();
        for i in 0..(3 * BUCKET_CAP) {
            let mut story: Vec<String> = STORY.iter().map(|p| p.to_string()).collect();
            story[i % STORY.len()] = format!("Edit number {i} of this story, {}.", i % 7);
            let refs: Vec<&str> = story.iter().map(String::as_str).collect();
            sigs.push(Signature::of_blocks(&body(&refs)).unwrap());
            sigs.push(Signature::of_blocks(&body(OTHER_STORY)).unwrap());
        }
        let mut index = Index::default();
        let mut online = Vec::new();
        for (second, sig) in sigs.iter().enumerate() {
            for (first, s) in index.add(sig.clone()) {
                online.push((first, second, s));
            }
        }
        let offline: Vec<(usize, usize, f64)> = pairs(&sigs)
            .iter()
            .map(|p| (p.first, p.second, p.similarity))
            .collect();
        assert!(online.len() > 1000, "{}", online.len());
        assert_eq!(online, offline);
        // Read back from disk, a few records at a time, they pair the same.
        let mut log = Log::in_spool(Spool::with_chunk(3 * RECORD));
        sigs.iter().for_each(|s| log.push(s));
        let spooled: Vec<(usize, usize, f64)> = pairs_in(&mut log)
            .unwrap()
            .iter()
            .map(|p| (p.first, p.second, p.similarity))
            .collect();
        assert_eq!(online, spooled);
    }
}
