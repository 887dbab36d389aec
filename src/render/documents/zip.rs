//! A minimal ZIP writer for stored (uncompressed) entries, enough for an ODF package.
//!
//! Invariants: entries are written in the given order (ODF needs `mimetype` first), each
//! with method 0 (stored), no extra field, no data descriptor and the CRC-32 of its data
//! (ISO 3309 / ITU-T V.42, the polynomial ZIP uses), so a reader can check every byte. Names
//! are written as given (UTF-8, flagged as such when not ASCII). Times are fixed at
//! 1980-01-01 00:00 so that the same input always gives the same bytes. Only classic ZIP is
//! written (no ZIP64): more than 65,535 entries or anything past 4 GiB is refused with a
//! [`ZipError`], never wrapped or truncated.

/// Why a package could not be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ZipError {
    /// An entry, or the archive as a whole, does not fit in classic ZIP (4 GiB).
    #[error("the archive would exceed 4 GiB")]
    TooLarge,
    /// More than 65,535 entries.
    #[error("too many entries")]
    TooManyEntries,
    /// An empty name, or one longer than 65,535 bytes.
    #[error("invalid entry name")]
    InvalidName,
    /// Two entries with the same name.
    #[error("duplicate entry name")]
    DuplicateName,
}

const CRC_TABLE: [u32; 256] = crc_table();

const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

/// The CRC-32 of `data` as ZIP stores it.
pub fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &b in data {
        c = CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8);
    }
    c ^ 0xFFFF_FFFF
}

/// 1980-01-01 00:00 in MS-DOS format.
const DOS_TIME: u16 = 0;
const DOS_DATE: u16 = (1 << 5) | 1;
/// ZIP 2.0 is enough for stored entries.
const VERSION: u16 = 20;
/// General purpose flag bit 11: the name is UTF-8.
const FLAG_UTF8: u16 = 1 << 11;

fn u16_of(n: usize) -> Result<u16, ZipError> {
    u16::try_from(n).map_err(|_| ZipError::TooManyEntries)
}

fn u32_of(n: usize) -> Result<u32, ZipError> {
    u32::try_from(n).map_err(|_| ZipError::TooLarge)
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Writes a ZIP archive of stored entries `(name, data)`, in the given order.
pub fn write_stored(entries: &[(&str, &[u8])]) -> Result<Vec<u8>, ZipError> {
    let count = u16_of(entries.len())?;
    for (i, (name, _)) in entries.iter().enumerate() {
        if name.is_empty() || name.len() > usize::from(u16::MAX) {
            return Err(ZipError::InvalidName);
        }
        if entries[..i].iter().any(|(other, _)| other == name) {
            return Err(ZipError::DuplicateName);
        }
    }
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = u32_of(out.len())?;
        let size = u32_of(data.len())?;
        let crc = crc32(data);
        let name_len = u16::try_from(name.len()).map_err(|_| ZipError::InvalidName)?;
        let flags = if name.is_ascii() { 0 } else { FLAG_UTF8 };

        put32(&mut out, 0x0403_4b50);
        put16(&mut out, VERSION);
        put16(&mut out, flags);
        put16(&mut out, 0); // stored
        put16(&mut out, DOS_TIME);
        put16(&mut out, DOS_DATE);
        put32(&mut out, crc);
        put32(&mut out, size); // compressed size = size
        put32(&mut out, size);
        put16(&mut out, name_len);
        put16(&mut out, 0); // no extra field
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        put32(&mut central, 0x0201_4b50);
        put16(&mut central, VERSION); // made by: MS-DOS, 2.0
        put16(&mut central, VERSION);
        put16(&mut central, flags);
        put16(&mut central, 0);
        put16(&mut central, DOS_TIME);
        put16(&mut central, DOS_DATE);
        put32(&mut central, crc);
        put32(&mut central, size);
        put32(&mut central, size);
        put16(&mut central, name_len);
        put16(&mut central, 0); // extra
        put16(&mut central, 0); // comment
        put16(&mut central, 0); // disk
        put16(&mut central, 0); // internal attributes
        put32(&mut central, 0); // external attributes
        put32(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let cd_offset = u32_of(out.len())?;
    let cd_size = u32_of(central.len())?;
    out.extend_from_slice(&central);
    // The end record's own offset fields must fit as well.
    u32_of(out.len())?;
    put32(&mut out, 0x0605_4b50);
    put16(&mut out, 0);
    put16(&mut out, 0);
    put16(&mut out, count);
    put16(&mut out, count);
    put32(&mut out, cd_size);
    put32(&mut out, cd_offset);
    put16(&mut out, 0); // comment
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    #[test]
    fn crc32_of_known_strings() {
        assert_eq!(crc32(b""), 0);
        // The standard check value of CRC-32/ISO-HDLC.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b"The quick brown fox jumps over the lazy dog"), 0x414F_A339);
        assert_eq!(crc32(b"a"), 0xE8B7_BE43);
        // Cross-checked with Python's zlib.crc32.
        assert_eq!(crc32(b"application/vnd.oasis.opendocument.text"), 0x0C32_C65E);
    }

    fn u16_at(b: &[u8], at: usize) -> u16 {
        u16::from_le_bytes([b[at], b[at + 1]])
    }

    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
    }

    #[test]
    fn first_entry_is_stored_at_offset_30_without_extra_field() {
        let zip = write_stored(&[("mimetype", b"application/vnd.oasis.opendocument.text"), ("a/b.xml", b"<x/>")])
            .expect("zip");
        assert_eq!(&zip[0..4], b"PK\x03\x04");
        assert_eq!(u16_at(&zip, 8), 0, "stored");
        assert_eq!(u16_at(&zip, 26), 8, "name length");
        assert_eq!(u16_at(&zip, 28), 0, "no extra field");
        assert_eq!(&zip[30..38], b"mimetype");
        assert_eq!(&zip[38..77], b"application/vnd.oasis.opendocument.text");
        assert_eq!(u32_at(&zip, 14), crc32(b"application/vnd.oasis.opendocument.text"));
        // End of central directory: two entries, central directory right after the data.
        let eocd = zip.len() - 22;
        assert_eq!(u32_at(&zip, eocd), 0x0605_4b50);
        assert_eq!(u16_at(&zip, eocd + 10), 2);
        let cd_offset = u32_at(&zip, eocd + 16) as usize;
        let cd_size = u32_at(&zip, eocd + 12) as usize;
        assert_eq!(cd_offset + cd_size, eocd);
        assert_eq!(u32_at(&zip, cd_offset), 0x0201_4b50);
    }

    #[test]
    fn same_input_same_bytes_and_bad_input_is_refused() {
        let a = write_stored(&[("x", b"1")]).expect("zip");
        assert_eq!(a, write_stored(&[("x", b"1")]).expect("zip"));
        assert_eq!(write_stored(&[("", b"1")]), Err(ZipError::InvalidName));
        assert_eq!(write_stored(&[("x", b"1"), ("x", b"2")]), Err(ZipError::DuplicateName));
        // An empty archive is valid: only the end record.
        assert_eq!(write_stored(&[]).expect("zip").len(), 22);
    }

    /// Lets `unzip -t` and Python's zipfile check an archive, when they are installed.
    #[test]
    fn external_tools_accept_the_archive() {
        let dir = std::env::temp_dir().join(format!("inkoopwijzer-zip-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("test.zip");
        let big: Vec<u8> = (0..70_000u32).map(|i| (i % 251) as u8).collect();
        let zip = write_stored(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text".as_slice()),
            ("META-INF/manifest.xml", b"<manifest/>".as_slice()),
            ("empty", b"".as_slice()),
            ("binary.bin", big.as_slice()),
            ("naïve.txt", "ü".as_bytes()),
        ])
        .expect("zip");
        std::fs::write(&path, &zip).expect("write");
        let mut checked = 0;
        match Command::new("unzip").arg("-tq").arg(&path).output() {
            Ok(out) => {
                assert!(out.status.success(), "unzip -t: {}", String::from_utf8_lossy(&out.stdout));
                checked += 1;
            }
            Err(_) => println!("note: unzip is not installed; skipped `unzip -t`"),
        }
        match Command::new("python3").arg("-m").arg("zipfile").arg("-t").arg(&path).output() {
            Ok(out) => {
                assert!(
                    out.status.success(),
                    "python3 -m zipfile -t: {}{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                );
                checked += 1;
            }
            Err(_) => println!("note: python3 is not installed; skipped `python3 -m zipfile -t`"),
        }
        println!("zip checked by {checked} external tool(s)");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
