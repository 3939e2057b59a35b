//! An append-only log of bytes that keeps memory flat however long a run is:
//! the bytes go out to an anonymous temp file a chunk at a time and are read
//! back once at the end. Where no temp file can be made or written (a full or
//! read-only disk), the rest of the log stays in memory, so nothing is lost.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};

/// Bytes kept in memory before they are written out.
const CHUNK: usize = 1 << 20;

#[derive(Debug)]
pub struct Spool {
    file: Option<File>,
    /// The log's first bytes, in the file; the rest are in `tail`.
    on_disk: u64,
    tail: Vec<u8>,
    chunk: usize,
    /// False once the temp file failed: the log then grows in memory.
    spill: bool,
}

impl Default for Spool {
    fn default() -> Spool {
        Spool::with_chunk(CHUNK)
    }
}

impl Spool {
    /// A log that writes out every `chunk` bytes.
    pub fn with_chunk(chunk: usize) -> Spool {
        Spool {
            file: None,
            on_disk: 0,
            tail: Vec::new(),
            chunk: chunk.max(1),
            spill: true,
        }
    }

    pub fn push(&mut self, bytes: &[u8]) {
        self.tail.extend_from_slice(bytes);
        if self.spill && self.tail.len() >= self.chunk {
            self.write_out();
        }
    }

    /// Moves the tail to the file. The file is made on first need, so short
    /// runs never create one; after a failed write the bytes past `on_disk`
    /// are ignored and the tail stays in memory.
    fn write_out(&mut self) {
        if self.file.is_none() {
            self.file = tempfile::tempfile().ok();
        }
        let written = match &mut self.file {
            Some(f) => f.write_all(&self.tail).is_ok(),
            None => false,
        };
        if written {
            self.on_disk += self.tail.len() as u64;
            self.tail.clear();
        } else {
            self.spill = false;
        }
    }

    pub fn len(&self) -> u64 {
        self.on_disk + self.tail.len() as u64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The whole log from its start.
    pub fn reader(&mut self) -> io::Result<impl Read + '_> {
        let on_disk = self.on_disk;
        let head: Box<dyn Read + '_> = match &mut self.file {
            Some(f) => {
                f.seek(SeekFrom::Start(0))?;
                Box::new(io::BufReader::with_capacity(1 << 16, f.take(on_disk)))
            }
            None => Box::new(io::empty()),
        };
        Ok(head.chain(self.tail.as_slice()))
    }

    /// Fills `buf` with the bytes from `offset`.
    pub fn read_at(&mut self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        let end = offset.saturating_add(buf.len() as u64);
        if end > self.len() {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        if let Some(at) = offset.checked_sub(self.on_disk) {
            buf.copy_from_slice(&self.tail[at as usize..][..buf.len()]);
            return Ok(());
        }
        // Callers read whole records and the tail is only written out whole,
        // so a read never straddles the file and the tail.
        if end > self.on_disk {
            return Err(io::ErrorKind::InvalidInput.into());
        }
        let f = self.file.as_mut().ok_or(io::ErrorKind::NotFound)?;
        f.seek(SeekFrom::Start(offset))?;
        f.read_exact(buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled(mut s: Spool) -> Spool {
        for i in 0..1000u32 {
            s.push(&i.to_le_bytes());
        }
        s
    }

    #[test]
    fn reads_back_what_was_pushed_from_disk_and_memory() {
        let in_memory = Spool {
            spill: false,
            ..Spool::default()
        };
        for s in [Spool::with_chunk(64), in_memory, Spool::default()] {
            let mut s = filled(s);
            assert_eq!(s.len(), 4000);
            let mut all = Vec::new();
            s.reader().unwrap().read_to_end(&mut all).unwrap();
            let want: Vec<u8> = (0..1000u32).flat_map(|i| i.to_le_bytes()).collect();
            assert_eq!(all, want);
            for i in [0u32, 15, 16, 999] {
                let mut b = [0u8; 4];
                s.read_at(4 * u64::from(i), &mut b).unwrap();
                assert_eq!(u32::from_le_bytes(b), i);
            }
            assert!(s.read_at(3998, &mut [0u8; 4]).is_err());
        }
    }

    #[test]
    fn small_chunks_go_to_disk() {
        let s = filled(Spool::with_chunk(64));
        assert!(s.file.is_some() && s.on_disk >= 3900, "{}", s.on_disk);
        let s = filled(Spool::default());
        assert!(s.file.is_none(), "a short log stays in memory");
    }
}
