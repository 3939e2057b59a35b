//! Bytes -> Document: decoding and the checks that make a file unreadable.

use crate::model::Document;
use std::path::Path;

/// A problem with one input file: an error (the file was not analysed) or a
/// warning (it was, with a caveat such as a guessed encoding).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FileError {
    pub path: String,
    pub message: String,
    pub level: ProblemLevel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemLevel {
    Error,
    Warning,
}

impl FileError {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> FileError {
        FileError {
            path: path.into(),
            message: message.into(),
            level: ProblemLevel::Error,
        }
    }
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> FileError {
        FileError {
            path: path.into(),
            message: message.into(),
            level: ProblemLevel::Warning,
        }
    }
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.level {
            ProblemLevel::Error => write!(f, "{}: {}", self.path, self.message),
            ProblemLevel::Warning => write!(f, "{}: warning: {}", self.path, self.message),
        }
    }
}

/// Files larger than this are reported and skipped. Articles are far smaller
/// (a 5,000-word feature is about 30 KB); one huge file is analysed as one
/// article in about 30 times its size of memory, so the cap bounds what one
/// worker can need (about 500 MB) whatever lands in the input folder (a log
/// with no newline, a dump of a whole site).
pub const MAX_FILE_BYTES: u64 = 16 << 20;

/// Reads and decodes one file.
pub fn read(path: &Path, shown: &str) -> Result<Document, FileError> {
    let io_err = |e: std::io::Error| FileError::error(shown, io_message(&e));
    let file = std::fs::File::open(path).map_err(io_err)?;
    let size = file.metadata().map_err(io_err)?.len();
    if size > MAX_FILE_BYTES {
        return Err(too_large(shown, Some(size)));
    }
    // `take` also bounds special files (a FIFO, /dev/zero) and files that grow
    // while being read, whose size the metadata does not tell.
    let mut bytes = Vec::with_capacity(size as usize);
    std::io::Read::read_to_end(
        &mut std::io::Read::take(file, MAX_FILE_BYTES + 1),
        &mut bytes,
    )
    .map_err(io_err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(shown, None));
    }
    decode(shown, &bytes)
}

fn too_large(shown: &str, size: Option<u64>) -> FileError {
    let limit = MAX_FILE_BYTES >> 20;
    let message = match size {
        Some(n) => format!(
            "file too large ({:.1} MiB, over the {limit} MiB limit), skipped",
            n as f64 / (1u64 << 20) as f64
        ),
        None => format!("file too large (over the {limit} MiB limit), skipped"),
    };
    FileError::error(shown, message)
}

/// A lowercase io error message without Rust's "(os error N)" suffix.
pub fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file or directory".into(),
        PermissionDenied => "permission denied".into(),
        IsADirectory => "is a directory".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_lowercase(),
                None => s.to_lowercase(),
            }
        }
    }
}

/// Decodes bytes: UTF-8 (BOM optional), UTF-16 with a BOM, else Windows-1252;
/// a Markdown file (by its name) or a text file holding HTML markup is read
/// as its plain text.
pub fn decode(shown: &str, bytes: &[u8]) -> Result<Document, FileError> {
    let err = |m: &str| FileError::error(shown, m);
    let mut warnings = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8_or_1252(rest, &mut warnings)
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let enc = if bytes[0] == 0xFF {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[2..]);
        if had_errors {
            warnings.push(format!("invalid {} replaced", enc.name()));
        }
        text.into_owned()
    } else {
        if bytes.contains(&0) {
            return Err(err("binary file (contains NUL bytes), skipped"));
        }
        utf8_or_1252(bytes, &mut warnings)
    };
    if text.contains('\0') {
        return Err(err("binary file (contains NUL bytes), skipped"));
    }
    if text.trim().is_empty() {
        return Err(err(if text.is_empty() {
            "empty file, skipped"
        } else {
            "only white space, skipped"
        }));
    }
    let mut doc = if crate::markdown::is_markdown(shown) {
        let (plain, cuts) = crate::markdown::plain(&text);
        Document::with_cuts(shown, plain, &cuts)
    } else if crate::html::is_html(&text) {
        let (plain, cuts, stripped) = crate::html::plain(&text);
        warnings.push(format!("HTML markup read as text ({})", stripped.summary()));
        let mut doc = Document::with_cuts(shown, plain, &cuts);
        doc.html = Some(stripped);
        doc
    } else {
        Document::new(shown, text)
    };
    doc.warnings = warnings;
    Ok(doc)
}

fn utf8_or_1252(bytes: &[u8], warnings: &mut Vec<String>) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            warnings.push("not valid UTF-8; decoded as Windows-1252".to_string());
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_rejects() {
        let d = decode("a", b"\xEF\xBB\xBFTitle\r\n\r\nBody\rMore").unwrap();
        assert_eq!(d.text, "Title\r\n\r\nBody\rMore");
        assert_eq!(d.lines.len(), 4);
        assert_eq!(d.line(3), "Body");
        assert!(d.warnings.is_empty());
        let d = decode("a", b"caf\xE9 \x93quoted\x94").unwrap();
        assert_eq!(d.text, "café “quoted”");
        assert_eq!(d.warnings.len(), 1);
        assert!(decode("a", b"ab\0cd")
            .unwrap_err()
            .message
            .contains("binary"));
        assert!(decode("a", b"").unwrap_err().message.contains("empty"));
        assert!(decode("a", b" \n\t\r\n")
            .unwrap_err()
            .message
            .contains("white space"));
        let d = decode("a", b"\xFF\xFEH\0i\0").unwrap();
        assert_eq!(d.text, "Hi");
    }
}
