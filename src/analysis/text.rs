//! Description similarity that understands Finnish: words are lower-cased, stop words
//! dropped, stemmed with the Snowball Finnish stemmer (rust-stemmers), and each stem also
//! contributes its four-letter prefix, so that inflected and derived forms meet
//! ("nuorten työllisyys" ~ "nuorille työllistymistä"). Documents become TF-IDF vectors
//! compared by cosine similarity.

use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;

/// Finnish (and a few English) words too common to tell projects apart.
const STOP_WORDS: &[&str] = &[
    "ja",
    "sekä",
    "tai",
    "että",
    "on",
    "ovat",
    "oli",
    "ole",
    "ei",
    "se",
    "ne",
    "sen",
    "niiden",
    "joka",
    "jotka",
    "jonka",
    "joiden",
    "myös",
    "kuin",
    "kun",
    "jos",
    "mutta",
    "vaan",
    "eli",
    "kanssa",
    "mukaan",
    "avulla",
    "kautta",
    "osana",
    "yhdessä",
    "uusi",
    "uuden",
    "uusia",
    "hanke",
    "hankkeen",
    "hankkeessa",
    "hankkeella",
    "hankkeet",
    "projekti",
    "projektin",
    "tavoite",
    "tavoitteena",
    "tarkoitus",
    "alueen",
    "alueella",
    "kaupungin",
    "kunnan",
    "the",
    "and",
    "of",
    "to",
    "in",
    "for",
    "a",
    "an",
    "with",
    "on",
];

/// Length of the prefix feature: long enough to separate words, short enough to join
/// the forms of one Finnish word family.
const PREFIX: usize = 4;

/// Turns text into features: stems, plus their four-letter prefixes.
pub struct Analyzer {
    stemmer: Stemmer,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self {
            stemmer: Stemmer::create(Algorithm::Finnish),
        }
    }
}

impl Analyzer {
    /// The weighted features of one text (before IDF).
    pub fn features(&self, text: &str) -> HashMap<String, f32> {
        let mut out: HashMap<String, f32> = HashMap::new();
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 2)
            .map(str::to_lowercase)
            .filter(|w| !STOP_WORDS.contains(&w.as_str()) && !w.chars().all(|c| c.is_numeric()))
        {
            let stem = self.stemmer.stem(&word).into_owned();
            let prefix: String = stem.chars().take(PREFIX).collect();
            if prefix.chars().count() == PREFIX {
                *out.entry(format!("~{prefix}")).or_default() += 1.0;
            }
            *out.entry(stem).or_default() += 1.0;
        }
        out
    }
}

/// Sparse, L2-normalised TF-IDF vectors of a set of documents, and the document frequency
/// of every feature (for the inverted index that finds candidate pairs).
pub struct Corpus {
    pub vectors: Vec<Vec<(u32, f32)>>,
    pub postings: Vec<Vec<usize>>,
}

impl Corpus {
    pub fn new<'a>(docs: impl IntoIterator<Item = &'a str>) -> Self {
        let analyzer = Analyzer::default();
        let mut vocab: HashMap<String, u32> = HashMap::new();
        let mut postings: Vec<Vec<usize>> = Vec::new();
        let raw: Vec<Vec<(u32, f32)>> = docs
            .into_iter()
            .enumerate()
            .map(|(d, text)| {
                let mut v: Vec<(u32, f32)> = analyzer
                    .features(text)
                    .into_iter()
                    .map(|(f, tf)| {
                        let next = vocab.len() as u32;
                        let id = *vocab.entry(f).or_insert(next);
                        if id as usize == postings.len() {
                            postings.push(Vec::new());
                        }
                        postings[id as usize].push(d);
                        (id, tf)
                    })
                    .collect();
                v.sort_unstable_by_key(|(id, _)| *id);
                v
            })
            .collect();
        let n = raw.len().max(1) as f32;
        let vectors = raw
            .into_iter()
            .map(|v| {
                let mut v: Vec<(u32, f32)> = v
                    .into_iter()
                    .map(|(id, tf)| {
                        let df = postings[id as usize].len() as f32;
                        // smoothed IDF, never zero: a feature in every document still counts a little
                        (id, (1.0 + tf.ln()) * (((1.0 + n) / (1.0 + df)).ln() + 1.0))
                    })
                    .collect();
                let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
                if norm > 0.0 {
                    v.iter_mut().for_each(|(_, w)| *w /= norm);
                }
                v
            })
            .collect();
        Self { vectors, postings }
    }

    /// Cosine similarity of documents `a` and `b`, in 0..=1.
    pub fn similarity(&self, a: usize, b: usize) -> f32 {
        let (va, vb) = (&self.vectors[a], &self.vectors[b]);
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while i < va.len() && j < vb.len() {
            match va[i].0.cmp(&vb[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += va[i].1 * vb[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        dot.clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(docs: &[&str]) -> Corpus {
        Corpus::new(docs.iter().copied())
    }

    #[test]
    fn inflected_finnish_forms_are_recognised_as_similar() {
        let c = corpus(&[
            "nuorten työllisyys",
            "nuorille työllistymistä",
            "kaukolämmön bioenergia",
            "matkailureittien opasteet",
        ]);
        let same = c.similarity(0, 1);
        assert!(same > 0.3, "inflected forms: {same}");
        assert!(c.similarity(0, 2) < 0.05);
        assert!(same > 5.0 * c.similarity(0, 3).max(0.01));
    }

    #[test]
    fn identical_texts_are_one_and_empty_texts_zero() {
        let c = corpus(&[
            "Asemanseudun liikenne",
            "Asemanseudun liikenne",
            "",
            "ja sekä tai",
        ]);
        assert!((c.similarity(0, 1) - 1.0).abs() < 1e-4);
        assert_eq!(c.similarity(0, 2), 0.0);
        assert_eq!(c.similarity(2, 3), 0.0, "stop words only");
    }

    #[test]
    fn common_words_weigh_less_than_rare_ones() {
        let c = corpus(&[
            "digitaidot kirjasto",
            "digitaidot metsäteollisuus",
            "kirjasto lukuinto",
            "kirjasto tapahtumat",
            "kirjasto aukioloajat",
        ]);
        // "digitaidot" appears twice, "kirjasto" four times: sharing the rarer word counts more.
        assert!(c.similarity(0, 1) > c.similarity(0, 2));
    }
}
