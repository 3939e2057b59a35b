//! The plain text the analysis reads from a marked-up file (Markdown, HTML
//! left in by a scraper), built with a record of every cut, so that offsets
//! reported on the plain text still count the file's characters.

/// A cut: at byte `at` of the plain text, `chars` characters of the file were left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    pub at: usize,
    pub chars: usize,
}

/// Plain text under construction: kept text and the cuts between it.
#[derive(Debug, Default)]
pub struct Plain {
    pub text: String,
    pub cuts: Vec<Cut>,
}

impl Plain {
    pub fn with_capacity(bytes: usize) -> Plain {
        Plain {
            text: String::with_capacity(bytes),
            cuts: Vec::new(),
        }
    }

    /// Leaves `removed` (file text) out.
    pub fn cut(&mut self, removed: &str) {
        self.cut_chars(removed.chars().count());
    }

    fn cut_chars(&mut self, chars: usize) {
        if chars == 0 {
            return;
        }
        let at = self.text.len();
        match self.cuts.last_mut() {
            Some(c) if c.at == at => c.chars += chars,
            _ => self.cuts.push(Cut { at, chars }),
        }
    }

    /// Keeps `s` as it is in the file.
    pub fn keep(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// Writes `c` in place of `source`, the file text it stands for (a
    /// character reference and its character).
    pub fn replace(&mut self, source: &str, c: char) {
        self.text.push(c);
        self.cut_chars(source.chars().count().saturating_sub(1));
    }

    /// True when the text kept so far ends in a character that is no white space.
    pub fn ends_in_word(&self) -> bool {
        self.text
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace())
    }

    pub fn finish(self) -> (String, Vec<Cut>) {
        (self.text, self.cuts)
    }
}
