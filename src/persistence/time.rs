//! The little time arithmetic the backup reminder needs, on ISO 8601 UTC strings as
//! `Date.prototype.toISOString()` writes them (`2025-11-22T17:36:00.000Z`). Pure, so the
//! reminder rule is tested natively; the browser supplies "now".

/// Seconds since 1970-01-01T00:00:00Z, or `None` when the text is not such a time.
/// Accepts `YYYY-MM-DD`, optionally followed by `THH:MM:SS`, fractions and `Z`.
pub fn unix_seconds(iso: &str) -> Option<i64> {
    let b = iso.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let s = iso.get(from..from + len)?;
        if !s.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let (mut h, mut m, mut s) = (0, 0, 0);
    if b.len() > 10 {
        if b.get(10) != Some(&b'T') || b.get(13) != Some(&b':') || b.get(16) != Some(&b':') {
            return None;
        }
        h = num(11, 2)?;
        m = num(14, 2)?;
        s = num(17, 2)?;
        if h > 23 || m > 59 || s > 60 {
            return None;
        }
    }
    Some(days_from_civil(year, month, day) * 86_400 + h * 3600 + m * 60 + s)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Whole days from `earlier` to `later` (negative when `earlier` is later).
pub fn days_between(earlier: &str, later: &str) -> Option<i64> {
    Some((unix_seconds(later)? - unix_seconds(earlier)?).div_euclid(86_400))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_times() {
        assert_eq!(unix_seconds("1970-01-01T00:00:00.000Z"), Some(0));
        assert_eq!(unix_seconds("2000-03-01"), Some(951_868_800));
        assert_eq!(unix_seconds("2025-11-22T17:36:05.123Z"), Some(1_763_832_965));
        for bad in ["", "2025", "2025-13-01", "2025-01-01X", "abcd-ef-gh", "2025-01-01T25:00:00Z", "२०२५-01-01"]
        {
            assert_eq!(unix_seconds(bad), None, "{bad}");
        }
    }

    #[test]
    fn whole_days() {
        assert_eq!(days_between("2025-01-01T12:00:00Z", "2025-01-08T11:59:59Z"), Some(6));
        assert_eq!(days_between("2025-01-01T12:00:00Z", "2025-01-08T12:00:00Z"), Some(7));
        assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2));
        assert_eq!(days_between("x", "2024-03-01"), None);
    }
}
