//! A small scenario (a bid table with its criteria and weights) carried in a link's fragment,
//! so that a facilitator can hand it to a room (`/gedeeld#s1.…`, docs/storage-format.md).
//!
//! The fragment is `s1.` (format and version) followed by base64url (no padding) of
//!
//! ```text
//! [length of the deflate data: u16, big-endian] [raw deflate of the JSON] [CRC-32 of all before: u32]
//! ```
//!
//! The JSON is a one-dossier envelope (`envelope.rs`) whose dossier holds only a name and the
//! award, with every field that equals its default left out (serde fills them in again). It is
//! read back through [`parse_import`], the same validation a backup file passes, and always
//! becomes a new dossier (a copy): a link never overwrites anything.
//!
//! Invariants, each tested below:
//! - decoding never panics, whatever the text (a panic aborts the wasm);
//! - one changed character is always detected: base64 is decoded strictly (canonical padding
//!   bits) and a CRC-32 detects every error burst of up to 32 bits, and one character is 6;
//! - a truncated link is detected (the length in front no longer matches);
//! - decompression stops at [`MAX_SCENARIO_BYTES`] (no decompression bomb);
//! - a link is at most [`MAX_LINK_CHARS`] long (mail clients break longer ones); a larger
//!   scenario goes by file.
//!
//! The fragment never reaches this app's server, but a mail filter that rewrites links (Safe
//! Links) does see it: links are for examples, never for real tender data.

use super::envelope::{envelope_value, read_envelope_value, Read, Stamp};
use super::import::{parse_import, ImportError, ImportPlan, ImportSource};
use super::kv::KeyValue;
use super::store::Store;
use crate::domain::dossier::Dossier;
use serde_json::Value;

/// The format and version in front of every link this version writes.
pub const LINK_PREFIX: &str = "s1.";
/// The longest whole link (address and fragment) the app hands out: Outlook and other mail
/// clients cut or break longer ones (reviews/distribution.md §3.1).
pub const MAX_LINK_CHARS: usize = 2000;
/// The largest scenario text a link may unpack to (far above any bid table of ten bids).
pub const MAX_SCENARIO_BYTES: usize = 256 * 1024;
/// The longest fragment read at all (a link is never longer than [`MAX_LINK_CHARS`]; a bit
/// of room for a longer address).
pub const MAX_FRAGMENT_CHARS: usize = 16 * 1024;

/// Why a link cannot be read (or made).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    /// No fragment at all.
    #[error("the link holds no scenario")]
    Empty,
    /// The fragment is not of this app (no `sN.` in front, or characters no link has).
    #[error("not a scenario link of this app")]
    NotALink,
    /// Made by a newer version of the app (a format this version does not read).
    #[error("scenario link of version {found}, this version reads version 1")]
    NewerVersion { found: u32 },
    /// Shorter than it says it is: cut off, for example by a mail client.
    #[error("the link is incomplete ({found} of {expected} bytes)")]
    Truncated { found: usize, expected: usize },
    /// The checksum does not match: a character was changed, added or removed.
    #[error("the link is damaged (checksum)")]
    Damaged,
    /// Unpacks to more than [`MAX_SCENARIO_BYTES`].
    #[error("the scenario is larger than {limit} bytes")]
    TooLarge { limit: usize },
    /// The scenario would make a link longer than [`MAX_LINK_CHARS`].
    #[error("the link would be {chars} characters, limit {limit}")]
    TooLong { chars: usize, limit: usize },
    /// It unpacked, but is not a valid scenario (same checks as a backup import).
    #[error("{0}")]
    Invalid(ImportError),
    /// It is a valid file of another kind (a backup of several dossiers, a colleague's file).
    #[error("not a scenario")]
    NotAScenario,
    /// The scenario could not be written as JSON (never expected).
    #[error("the scenario could not be written")]
    Write,
}

/// What a link shows before it is opened: the scenario as a copy, ready for `apply_import`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkScenario {
    /// The import plan: one dossier, always with a new id.
    pub plan: ImportPlan,
}

impl LinkScenario {
    /// The scenario's dossier.
    pub fn dossier(&self) -> Option<&Dossier> {
        self.plan.items.first().map(|i| &i.dossier)
    }
}

/// The part of a dossier a link carries: its name and award (criteria, formula, knock-outs,
/// scale, evaluators, bids with their scores). Nothing of the other steps (participants,
/// budgets, contact persons) goes into a link.
pub fn scenario_of(d: &Dossier) -> Dossier {
    Dossier { name: d.display_name().unwrap_or_default().to_string(), award: d.award.clone(), ..Dossier::default() }
}

/// The fragment (without `#`) that carries the scenario of `d` ([`scenario_of`]).
pub fn encode_scenario(d: &Dossier) -> Result<String, LinkError> {
    let json = scenario_json(&scenario_of(d))?;
    let deflated = miniz_oxide::deflate::compress_to_vec(&json, 10);
    let len = u16::try_from(deflated.len()).map_err(|_| LinkError::TooLong {
        chars: LINK_PREFIX.len() + (deflated.len() + 6).div_ceil(3) * 4,
        limit: MAX_LINK_CHARS,
    })?;
    let mut bytes = Vec::with_capacity(deflated.len() + 6);
    bytes.extend_from_slice(&len.to_be_bytes());
    bytes.extend_from_slice(&deflated);
    let crc = crc32(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    Ok(format!("{LINK_PREFIX}{}", base64url_encode(&bytes)))
}

/// The whole link: `address` (such as `https://example.org/gedeeld`) with the scenario of
/// `d` as its fragment; [`LinkError::TooLong`] when it would exceed [`MAX_LINK_CHARS`].
pub fn share_link(address: &str, d: &Dossier) -> Result<String, LinkError> {
    let link = format!("{address}#{}", encode_scenario(d)?);
    let chars = link.chars().count();
    if chars > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars, limit: MAX_LINK_CHARS });
    }
    Ok(link)
}

/// The scenario of `d` as a one-dossier backup file (for a scenario too large for a link):
/// the recipient loads it through the ordinary import, and gets a new dossier.
pub fn scenario_file(d: &Dossier, now: &str) -> Result<String, LinkError> {
    super::envelope::write_envelope_pretty(&scenario_of(d), &Stamp::new(0, now, "")).map_err(|_| LinkError::Write)
}

/// Unpacks a fragment (with or without its `#`) to the scenario's JSON text. Never panics.
pub fn decode_fragment(fragment: &str) -> Result<Vec<u8>, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    if fragment.is_empty() {
        return Err(LinkError::Empty);
    }
    if fragment.len() > MAX_FRAGMENT_CHARS {
        return Err(LinkError::TooLarge { limit: MAX_SCENARIO_BYTES });
    }
    let (head, body) = fragment.split_once('.').ok_or(LinkError::NotALink)?;
    let version = head
        .strip_prefix('s')
        .filter(|v| !v.is_empty() && v.len() <= 4 && v.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|v| v.parse::<u32>().ok())
        .ok_or(LinkError::NotALink)?;
    if version != 1 {
        return Err(if version > 1 { LinkError::NewerVersion { found: version } } else { LinkError::NotALink });
    }
    let Some(bytes) = base64url_decode(body) else {
        // A link cut off in the middle of a character: the length in front tells.
        let expected = body.get(..4).and_then(base64url_decode).and_then(|head| head.first_chunk::<2>().copied());
        let found = body.len() * 3 / 4;
        return Err(match expected.map(|len| usize::from(u16::from_be_bytes(len)) + 6) {
            Some(expected) if found < expected => LinkError::Truncated { found, expected },
            _ => LinkError::Damaged,
        });
    };
    let Some((len, rest)) = bytes.split_first_chunk::<2>() else {
        return Err(LinkError::Truncated { found: bytes.len(), expected: 6 });
    };
    let expected = usize::from(u16::from_be_bytes(*len)) + 6;
    if bytes.len() < expected {
        return Err(LinkError::Truncated { found: bytes.len(), expected });
    }
    if bytes.len() > expected || rest.len() < 4 {
        return Err(LinkError::Damaged);
    }
    let (data, sum) = bytes.split_at(bytes.len() - 4);
    let sum: [u8; 4] = sum.try_into().map_err(|_| LinkError::Damaged)?;
    if crc32(data) != u32::from_be_bytes(sum) {
        return Err(LinkError::Damaged);
    }
    let deflated = data.get(2..).unwrap_or_default();
    miniz_oxide::inflate::decompress_to_vec_with_limit(deflated, MAX_SCENARIO_BYTES).map_err(|e| match e.status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooLarge { limit: MAX_SCENARIO_BYTES },
        _ => LinkError::Damaged,
    })
}

/// Reads a link's fragment as a scenario to open as a copy: unpacked, then checked exactly as a
/// backup import is (`parse_import`), then made a copy (a new id, no demo or timestamps).
/// Reads the store only as an import does; writes nothing.
pub fn read_link<K: KeyValue>(store: &Store<K>, fragment: &str) -> Result<LinkScenario, LinkError> {
    read_link_with(fragment, |json| parse_import(store, json))
}

/// [`read_link`] with the import's check given as `parse` (the app passes the session's
/// `parse_import`, which reads its own store).
pub fn read_link_with(
    fragment: &str,
    parse: impl FnOnce(&[u8]) -> Result<ImportPlan, ImportError>,
) -> Result<LinkScenario, LinkError> {
    let json = decode_fragment(fragment)?;
    let plan = parse(&json).map_err(LinkError::Invalid)?;
    as_copy(plan).map(|plan| LinkScenario { plan })
}

/// A checked import plan as a link's copy: exactly one dossier of a one-dossier file, with a
/// new id (never replacing a stored one).
pub fn as_copy(mut plan: ImportPlan) -> Result<ImportPlan, LinkError> {
    if plan.source != ImportSource::Dossier || plan.items.len() != 1 || plan.share.is_some() {
        return Err(LinkError::NotAScenario);
    }
    for item in &mut plan.items {
        item.needs_new_id = true;
        item.existing = None;
        item.dossier.id = String::new();
        item.dossier.demo_of = None;
        item.dossier.created_at = String::new();
        item.dossier.updated_at = String::new();
    }
    Ok(plan)
}

/// The scenario as the compact envelope JSON a link carries: fields equal to their default
/// are left out when reading it back gives the same dossier (checked here, every time).
fn scenario_json(scenario: &Dossier) -> Result<Vec<u8>, LinkError> {
    let stamp = Stamp::new(0, "", "");
    let mut full = envelope_value(scenario, &stamp).map_err(|_| LinkError::Write)?;
    if let Value::Object(env) = &mut full {
        for field in ["revision", "saved_at", "writer"] {
            env.remove(field);
        }
    }
    let mut pruned = full.clone();
    // Through the same (compact) serializer as the envelope: the dossier's serialisation code
    // is generated once per serializer, and it is large.
    let defaults = envelope_value(&Dossier::default(), &stamp).map_err(|_| LinkError::Write)?;
    if let Some(d) = pruned.get_mut("dossier") {
        prune_defaults(d, defaults.get("dossier"));
    }
    let same =
        matches!(read_envelope_value(pruned.clone(), ""), Ok(Read::Current { dossier, .. }) if dossier == *scenario);
    serde_json::to_vec(if same { &pruned } else { &full }).map_err(|_| LinkError::Write)
}

/// Removes from `value` every object field equal to the same field of `default` (the default
/// dossier, at the same place), and where there is no default to compare with (inside lists)
/// every empty field (`null`, `""`, `[]`, `{}`), the default of the fields that hold them.
/// The caller checks that the result reads back as the same dossier.
fn prune_defaults(value: &mut Value, default: Option<&Value>) {
    match value {
        Value::Object(map) => {
            match default {
                Some(Value::Object(defaults)) => map.retain(|k, v| defaults.get(k) != Some(v)),
                _ => map.retain(|_, v| !is_empty(v)),
            }
            for (k, v) in map.iter_mut() {
                prune_defaults(v, default.and_then(|d| d.get(k)));
            }
        }
        Value::Array(list) => {
            for v in list.iter_mut() {
                prune_defaults(v, None);
            }
        }
        _ => {}
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// CRC-32 (IEEE 802.3, as zip and PNG use).
fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5).
fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// Strict base64url without padding: `None` for any other character, an impossible length,
/// or padding bits that are not zero (so that every text has one meaning).
fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(u32::from(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        }))
    };
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let keep = chunk.len() - 1;
        // The bits below the last whole byte must be zero.
        let spare = match keep {
            1 => n & 0xFFFF,
            2 => n & 0xFF,
            _ => 0,
        };
        if spare != 0 {
            return None;
        }
        out.extend_from_slice(bytes.get(..keep)?);
    }
    Some(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::domain::demo::{demo_case, demo_cases};
    use crate::domain::scoring::evaluate;
    use crate::domain::workshop::{reversal_setup, weights_setup, ReversalStep};
    use crate::persistence::kv::MemoryKv;

    fn store() -> Store<MemoryKv> {
        Store::new(MemoryKv::new(), "tab")
    }

    fn reversal() -> Dossier {
        Dossier {
            name: "Rangomkering".into(),
            award: reversal_setup(ReversalStep::ThirdBid, true),
            ..Dossier::default()
        }
    }

    fn read(fragment: &str) -> Result<Dossier, LinkError> {
        read_link(&store(), fragment).map(|s| s.dossier().cloned().unwrap())
    }

    #[test]
    fn base64url_round_trips_and_is_strict() {
        for n in 0..40u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37).wrapping_add(n)).collect();
            let text = base64url_encode(&bytes);
            assert!(!text.contains('=') && !text.contains('+') && !text.contains('/'));
            assert_eq!(base64url_decode(&text), Some(bytes));
        }
        assert_eq!(base64url_encode(b"\xfb\xff"), "-_8");
        assert_eq!(base64url_decode("A"), None, "impossible length");
        assert_eq!(base64url_decode("AB"), None, "padding bits not zero");
        assert_eq!(base64url_decode("AA="), None);
        assert_eq!(base64url_decode("A+A/"), None);
    }

    #[test]
    fn crc32_of_a_known_string() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn every_demo_scenario_round_trips_with_the_same_scores() {
        let mut cases: Vec<Dossier> = demo_cases().iter().map(|c| c.dossier()).collect();
        cases.push(reversal());
        cases.push(Dossier { name: "Gewichten".into(), award: weights_setup(70).unwrap(), ..Dossier::default() });
        cases.push(Dossier { name: "Leeg".into(), ..Dossier::default() });
        for d in cases {
            let fragment = encode_scenario(&d).unwrap();
            assert!(fragment.starts_with(LINK_PREFIX));
            let back = read(&fragment).unwrap();
            assert_eq!(back, scenario_of(&d), "{}", d.name);
            assert_eq!(evaluate(&back.award), evaluate(&d.award), "{}", d.name);
            assert!(back.id.is_empty() && back.demo_of.is_none());
        }
    }

    #[test]
    fn the_workshop_links_fit_the_budget() {
        let address = "https://inkoopwijzer.example.nl/gedeeld";
        for d in [
            reversal(),
            Dossier { name: "Gewichten".into(), award: weights_setup(50).unwrap(), ..Dossier::default() },
            demo_case("workshop-omkering").unwrap().dossier(),
        ] {
            let link = share_link(address, &d).unwrap();
            assert!(link.len() <= 700, "{} chars: {link}", link.len());
        }
    }

    #[test]
    fn a_scenario_of_ten_bids_fits_and_a_large_one_does_not() {
        let mut d = demo_case("workshop-omkering").unwrap().dossier();
        let base = d.award.bids.clone();
        while d.award.bids.len() < 10 {
            let mut b = base[d.award.bids.len() % base.len()].clone();
            b.id = format!("b{}", d.award.bids.len());
            b.bidder = format!("Aanbieder {}", d.award.bids.len());
            d.award.bids.push(b);
        }
        let link = share_link("https://inkoopwijzer.example.nl/gedeeld", &d).unwrap();
        assert!(link.len() <= MAX_LINK_CHARS);
        assert_eq!(read(link.split_once('#').unwrap().1).unwrap().award, d.award);

        // Free text that does not compress: far over the budget.
        let mut seed = 7u64;
        for b in &mut d.award.bids {
            b.note = (0..400)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    char::from(b'a' + ((seed >> 33) % 26) as u8)
                })
                .collect();
        }
        let e = share_link("https://inkoopwijzer.example.nl/gedeeld", &d).unwrap_err();
        assert!(matches!(e, LinkError::TooLong { chars, limit: MAX_LINK_CHARS } if chars > MAX_LINK_CHARS), "{e:?}");
    }

    #[test]
    fn every_changed_character_is_detected() {
        let fragment = encode_scenario(&reversal()).unwrap();
        let alphabet: Vec<char> = ALPHABET.iter().map(|&b| char::from(b)).collect();
        let chars: Vec<char> = fragment.chars().collect();
        let mut tried = 0;
        for at in LINK_PREFIX.len()..chars.len() {
            for &c in &alphabet {
                if c == chars[at] {
                    continue;
                }
                let mut changed = chars.clone();
                changed[at] = c;
                let changed: String = changed.into_iter().collect();
                let e = read(&changed).unwrap_err();
                assert!(matches!(e, LinkError::Damaged | LinkError::Truncated { .. }), "at {at} to {c}: {e:?}");
                tried += 1;
            }
        }
        assert!(tried > 10_000, "{tried}");
    }

    #[test]
    fn every_truncation_is_detected() {
        let fragment = encode_scenario(&reversal()).unwrap();
        for end in 0..fragment.len() {
            let e = read(&fragment[..end]).unwrap_err();
            assert!(
                matches!(e, LinkError::Empty | LinkError::NotALink | LinkError::Damaged | LinkError::Truncated { .. }),
                "{end}: {e:?}"
            );
        }
        for cut in 1..=8 {
            let e = read(&fragment[..fragment.len() - 40 - cut]).unwrap_err();
            assert!(matches!(e, LinkError::Truncated { .. }), "{cut}: {e:?}");
        }
    }

    #[test]
    fn versions_and_foreign_fragments_are_named() {
        let fragment = encode_scenario(&reversal()).unwrap();
        let body = fragment.strip_prefix(LINK_PREFIX).unwrap();
        assert_eq!(read(&format!("s2.{body}")), Err(LinkError::NewerVersion { found: 2 }));
        assert_eq!(read(&format!("s0.{body}")), Err(LinkError::NotALink));
        assert_eq!(read(&format!("#{fragment}")).unwrap().name, "Rangomkering", "the # is optional");
        assert_eq!(read(""), Err(LinkError::Empty));
        assert_eq!(read("#"), Err(LinkError::Empty));
        assert_eq!(read("title-omkering"), Err(LinkError::NotALink));
        assert_eq!(read("x1.AAAA"), Err(LinkError::NotALink));
        assert_eq!(read(&"s1.".repeat(10_000)), Err(LinkError::TooLarge { limit: MAX_SCENARIO_BYTES }));
    }

    /// Builds a fragment around any bytes, with a correct length and checksum.
    fn wrap(payload: &[u8]) -> String {
        let deflated = miniz_oxide::deflate::compress_to_vec(payload, 10);
        let mut bytes = (deflated.len() as u16).to_be_bytes().to_vec();
        bytes.extend_from_slice(&deflated);
        let crc = crc32(&bytes);
        bytes.extend_from_slice(&crc.to_be_bytes());
        format!("{LINK_PREFIX}{}", base64url_encode(&bytes))
    }

    #[test]
    fn a_well_packed_bad_scenario_fails_as_an_import_does() {
        let e = read(&wrap(b"{\"format\":\"excel\"}")).unwrap_err();
        assert!(matches!(e, LinkError::Invalid(ImportError::Read(_))), "{e:?}");
        let bad = br#"{"format":"inkoopwijzer-dossier","schema":1,"dossier":{"award":{"bids":[{"price":12}]}}}"#;
        let e = read(&wrap(bad)).unwrap_err();
        assert!(e.to_string().starts_with("dossier.award.bids[0].price"), "{e}");
        let newer = br#"{"format":"inkoopwijzer-dossier","schema":9,"dossier":{}}"#;
        assert!(matches!(read(&wrap(newer)), Err(LinkError::Invalid(ImportError::NewerSchema { found: 9, .. }))));
        let backup = br#"{"format":"inkoopwijzer-backup","schema":1,"dossiers":[{"format":"inkoopwijzer-dossier","schema":1,"dossier":{}}]}"#;
        assert_eq!(read(&wrap(backup)), Err(LinkError::NotAScenario));
        // A decompression bomb stops at the limit.
        let bomb = vec![b' '; MAX_SCENARIO_BYTES + 10];
        assert_eq!(read(&wrap(&bomb)), Err(LinkError::TooLarge { limit: MAX_SCENARIO_BYTES }));
    }

    #[test]
    fn the_file_for_a_large_scenario_imports_as_its_scenario() {
        let d = demo_case("apeldoorn").unwrap().dossier();
        let file = scenario_file(&d, "2026-12-06T12:00:00.000Z").unwrap();
        let plan = parse_import(&store(), file.as_bytes()).unwrap();
        assert_eq!(plan.source, ImportSource::Dossier);
        assert_eq!(plan.items[0].dossier, scenario_of(&d));
        assert!(plan.items[0].needs_new_id, "no id: it becomes a new dossier");
    }

    #[test]
    fn a_link_never_replaces_a_stored_dossier() {
        let mut s = store();
        let mut d = reversal();
        d.id = "d1".into();
        s.create(&d, "2025-01-01T00:00:00.000Z").unwrap();
        // A hand-made link that names the stored id and a demo.
        let text = crate::persistence::envelope::write_envelope(
            &Dossier { demo_of: Some("apeldoorn".into()), ..d.clone() },
            &Stamp::new(3, "t", "w"),
        )
        .unwrap();
        let scenario = read_link(&s, &wrap(text.as_bytes())).unwrap();
        let item = &scenario.plan.items[0];
        assert!(item.needs_new_id && item.existing.is_none() && item.dossier.demo_of.is_none());
        let ids = crate::persistence::import::apply_import(
            &mut s,
            &scenario.plan,
            &[crate::persistence::import::ImportChoice::Replace],
            "now",
            &mut || "new1".to_string(),
            "(kopie)",
        )
        .unwrap();
        assert_eq!(ids, ["new1"]);
        assert_eq!(s.open("d1").unwrap().revision, 1, "the stored dossier is untouched");
    }

    // proptest is a native dev-dependency (the unit tests are also built for the browser).
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn garbage_never_panics(text in "\\PC{0,300}") {
                let _ = read(&text);
                let _ = read(&format!("s1.{text}"));
            }

            #[test]
            fn base64_garbage_is_rejected(text in "[A-Za-z0-9_-]{0,400}") {
                let fragment = format!("s1.{text}");
                prop_assert!(read(&fragment).is_err());
            }

            #[test]
            fn any_bids_round_trip(prices in proptest::collection::vec((1u32..1_000_000, 0u32..=100, "[a-zA-Zé ]{0,12}"), 0..10)) {
                let mut d = reversal();
                d.award.bids = prices.iter().enumerate().map(|(i, (p, rate, name))| crate::domain::scoring::model::Bid {
                    id: format!("b{i}"),
                    bidder: name.clone(),
                    price: Some(crate::domain::money::Money(rust_decimal::Decimal::new(i64::from(*p), 2))),
                    placement_rate: Some(crate::domain::money::Percent(rust_decimal::Decimal::from(*rate))),
                    ..Default::default()
                }).collect();
                let back = read(&encode_scenario(&d).unwrap()).unwrap();
                prop_assert_eq!(back.award, d.award);
            }
        }
    }
}
