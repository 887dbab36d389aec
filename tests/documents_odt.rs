//! End-to-end check of the generated `.odt` files: write the documents of demo dossiers,
//! check the package with Python's zipfile and XML parser (when python3 is installed), let
//! LibreOffice convert them to PDF (when `soffice` or `libreoffice` is installed), and find
//! the dossier's title and requirement texts in the PDF's text (`pdftotext` from
//! poppler-utils, or LibreOffice's own text export when pdftotext is missing).
//!
//! `scripts/setup --test` installs libreoffice-writer-nogui and poppler-utils, so in CI
//! every step runs; on a machine without them the test says clearly what it skipped.
//! Set `INKOOPWIJZER_KEEP_DOCS=1` to keep the files (the path is printed).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first surprise

use inkoopwijzer::domain::demo::demo_case;
use inkoopwijzer::domain::dossier::{Dossier, Submission, SubmissionChannel};
use inkoopwijzer::domain::lang::Lang;
use inkoopwijzer::render::documents::{file_name, to_odt, DocumentKind};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TODAY: &str = "2026-11-22";
const TIMEOUT: Duration = Duration::from_secs(120);

/// One document to write and check.
struct Case {
    key: &'static str,
    kind: DocumentKind,
    lang: Lang,
}

const CASES: [Case; 3] = [
    Case { key: "apeldoorn", kind: DocumentKind::Bestek, lang: Lang::Nl },
    Case { key: "roermond", kind: DocumentKind::Bestek, lang: Lang::En },
    Case { key: "holland-rijnland", kind: DocumentKind::Projectplan, lang: Lang::Nl },
];

fn on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(program)).find(|p| p.is_file())
}

/// Runs a command with a time limit; `None` when it could not start or ran too long.
/// Its output is read while it runs: a command that writes more than a pipe holds (the
/// XML of a long PDF) would otherwise wait for a reader forever.
fn run(mut cmd: Command, what: &str) -> Option<std::process::Output> {
    use std::io::Read;
    let mut child = match cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn() {
        Ok(c) => c,
        Err(e) => {
            println!("note: could not start {what}: {e}");
            return None;
        }
    };
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                return Some(std::process::Output {
                    status,
                    stdout: stdout.join().unwrap_or_default(),
                    stderr: stderr.join().unwrap_or_default(),
                })
            }
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{what} did not finish within {} s", TIMEOUT.as_secs());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(200)),
            Err(e) => panic!("{what}: {e}"),
        }
    }
}

/// Whitespace collapsed, so that line and page breaks do not matter; a word broken after
/// its hyphen at the end of a line (`sociale-⏎activering`) is joined again.
fn normalise(s: &str) -> String {
    s.replace("-\n", "-").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The demo with the submission arrangements a request for tender states (the sources do
/// not give them), so that the new sections carry the dossier's own values.
fn dossier(key: &str) -> Dossier {
    let mut d = demo_case(key).map(|c| c.dossier()).expect("demo case");
    d.procedure.submission = Submission {
        channel: Some(SubmissionChannel::Email),
        address: "inkoop@dalwijk.nl".into(),
        questions_deadline: "2027-01-15".into(),
        deadline: "2027-02-05".into(),
        deadline_time: "12:00".into(),
        purchase_conditions: "Algemene Inkoopvoorwaarden gemeente Dalwijk 2026".into(),
    };
    d
}

/// The sections that make the bestek a request for tender, and the dossier's values in them.
fn tender_texts(lang: Lang) -> Vec<&'static str> {
    let mut out = vec!["inkoop@dalwijk.nl", "Algemene Inkoopvoorwaarden gemeente Dalwijk 2026", "12:00"];
    out.extend(match lang {
        Lang::Nl => [
            "Vragen en nota van inlichtingen",
            "Indienen van de offerte",
            "15 januari 2027",
            "5 februari 2027",
            "Gunningsbeslissing, opschortende termijn en rechtsbescherming",
            "20 kalenderdagen",
            "Uitsluitingsgronden",
            "Eigen verklaring, UEA en bewijsstukken",
            "Betekenis van de scores",
            "Rekenvoorbeeld",
            "Overeenkomst en contractvoorwaarden",
            "verwerkersovereenkomst",
            "Bijlage A: Prijsformulier",
            "Bijlage B: Inschrijfformulier en verklaring",
        ],
        Lang::En => [
            "Questions and nota van inlichtingen",
            "Submitting the bid",
            "15 January 2027",
            "5 February 2027",
            "Award decision, standstill period and legal protection",
            "20 calendar days",
            "Exclusion grounds",
            "Eigen verklaring, UEA and evidence",
            "What the scores mean",
            "Worked example",
            "Contract and its main conditions",
            "processing agreement",
            "Annex A: Price form",
            "Annex B: Tender form and declaration",
        ],
    });
    out
}

/// Texts that must survive into the PDF: the title and some requirement texts (bestek) or the
/// participants and the goals' first line (projectplan).
fn expected_texts(d: &Dossier, kind: DocumentKind) -> Vec<String> {
    let mut out = vec![d.exploration.title.clone()];
    match kind {
        DocumentKind::Bestek => {
            let s = &d.specification;
            out.extend(s.functional.iter().take(2).map(|r| r.text.clone()));
            out.extend(s.technical.iter().take(1).map(|r| r.text.clone()));
        }
        DocumentKind::Projectplan => {
            out.extend(d.exploration.participants.iter().map(|p| p.name.clone()));
            out.extend(d.exploration.goals.lines().take(1).map(str::to_string));
        }
    }
    out.into_iter().map(|s| normalise(&s)).collect()
}

#[test]
fn odt_files_open_in_libreoffice_and_contain_the_dossier() {
    let dir = std::env::temp_dir().join(format!("inkoopwijzer-documents-odt-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut files: Vec<(PathBuf, &Case)> = Vec::new();
    for case in &CASES {
        let d = dossier(case.key);
        let doc = case.kind.build(&d, case.lang, TODAY);
        let bytes = to_odt(&doc, case.lang).expect("odt");
        let path = dir.join(file_name(case.kind, &d, TODAY));
        std::fs::write(&path, &bytes).expect("write odt");
        files.push((path, case));
    }
    println!("documents written to {}", dir.display());

    check_packages_with_python(&files);
    convert_and_check(&dir, &files);

    if std::env::var_os("INKOOPWIJZER_KEEP_DOCS").is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// The ZIP is valid, `mimetype` comes first and is stored, every XML part parses.
fn check_packages_with_python(files: &[(PathBuf, &Case)]) {
    let Some(python) = on_path("python3") else {
        println!("SKIPPED: python3 is not installed; the package was not checked with zipfile");
        return;
    };
    let script = "import sys, zipfile, xml.dom.minidom as m\n\
        z = zipfile.ZipFile(sys.argv[1])\n\
        assert z.testzip() is None, 'bad CRC'\n\
        names = z.namelist()\n\
        assert names[0] == 'mimetype', names\n\
        i = z.getinfo('mimetype')\n\
        assert i.compress_type == zipfile.ZIP_STORED and i.extra == b'', 'mimetype must be stored without extra field'\n\
        assert z.read('mimetype') == b'application/vnd.oasis.opendocument.text'\n\
        for part in ['META-INF/manifest.xml', 'content.xml', 'styles.xml', 'meta.xml']:\n\
        \x20   m.parseString(z.read(part))\n\
        print('ok', len(names))\n";
    for (path, _) in files {
        let mut cmd = Command::new(&python);
        cmd.arg("-c").arg(script).arg(path);
        let out = run(cmd, "python3").expect("python3 ran");
        assert!(
            out.status.success(),
            "{}: {}{}",
            path.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    println!("checked {} packages with python3 zipfile and xml.dom.minidom", files.len());
}

fn convert_and_check(dir: &Path, files: &[(PathBuf, &Case)]) {
    let Some(soffice) = on_path("soffice").or_else(|| on_path("libreoffice")) else {
        println!(
            "SKIPPED: LibreOffice (soffice) is not installed, so the .odt files were NOT converted \
             to PDF. Install it with `scripts/setup --test` (libreoffice-writer-nogui)."
        );
        return;
    };
    // A fresh profile in the temp dir: no user settings, no lock held by a running office.
    let home = dir.join("home");
    std::fs::create_dir_all(&home).expect("home");
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    let libreoffice = |args: &[&str]| {
        let mut cmd = Command::new(&soffice);
        cmd.env("HOME", &home)
            .arg(&profile)
            .arg("--headless")
            .arg("--norestore")
            .args(args)
            .arg("--outdir")
            .arg(dir)
            .args(files.iter().map(|(p, _)| p));
        let out = run(cmd, "soffice").expect("soffice ran");
        assert!(
            out.status.success(),
            "soffice {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    };
    libreoffice(&["--convert-to", "pdf"]);
    let pdftotext = on_path("pdftotext");
    if pdftotext.is_none() {
        println!("note: pdftotext is not installed; reading LibreOffice's text export instead of the PDF");
        libreoffice(&["--convert-to", "txt:Text (encoded):UTF8"]);
    }
    let pdfinfo = on_path("pdfinfo");
    let pdftohtml = on_path("pdftohtml");
    for (odt, case) in files {
        let pdf = odt.with_extension("pdf");
        let size = std::fs::metadata(&pdf).map(|m| m.len()).unwrap_or(0);
        assert!(size > 1000, "{}: no PDF or an empty one", pdf.display());
        let text = match &pdftotext {
            Some(tool) => {
                let txt = odt.with_extension("pdf.txt");
                let mut cmd = Command::new(tool);
                cmd.arg("-enc").arg("UTF-8").arg(&pdf).arg(&txt);
                let out = run(cmd, "pdftotext").expect("pdftotext ran");
                assert!(out.status.success(), "pdftotext failed");
                std::fs::read_to_string(&txt).expect("text of the PDF")
            }
            None => std::fs::read_to_string(odt.with_extension("txt")).expect("text export"),
        };
        let text = normalise(&text);
        let d = dossier(case.key);
        for expected in expected_texts(&d, case.kind) {
            assert!(text.contains(&expected), "{}: {expected:?} not found in the converted text", pdf.display());
        }
        if case.kind == DocumentKind::Bestek {
            for expected in tender_texts(case.lang) {
                assert!(text.contains(expected), "{}: {expected:?} not found in the converted text", pdf.display());
            }
        }
        let footer = match case.lang {
            Lang::Nl => "Pagina 2 van",
            Lang::En => "Page 2 of",
        };
        if pdftotext.is_some() {
            assert!(text.contains(footer), "{}: no page numbers in the footer", pdf.display());
        }
        if let Some(tool) = &pdfinfo {
            let mut cmd = Command::new(tool);
            cmd.arg(&pdf);
            if let Some(out) = run(cmd, "pdfinfo") {
                let info = String::from_utf8_lossy(&out.stdout);
                assert!(info.contains("(A4)"), "{}: not A4: {info}", pdf.display());
                let pages = info
                    .lines()
                    .find_map(|l| l.strip_prefix("Pages:"))
                    .and_then(|n| n.trim().parse::<u32>().ok())
                    .unwrap_or(0);
                println!("{}: {pages} A4 pages", pdf.display());
                assert!(pages >= 4, "{}: only {pages} pages", pdf.display());
            }
        }
        if let Some(tool) = &pdftohtml {
            // LibreOffice turns headings with outline levels into PDF bookmarks: the same
            // levels the navigator (LibreOffice) and the navigation pane (Word) show.
            let mut cmd = Command::new(tool);
            cmd.args(["-xml", "-i", "-stdout", "-q"]).arg(&pdf);
            if let Some(out) = run(cmd, "pdftohtml") {
                let xml = String::from_utf8_lossy(&out.stdout);
                let nested = xml.matches("<outline>").count();
                assert!(nested >= 3, "{}: headings are not nested bookmarks", pdf.display());
                assert!(xml.contains(">2.1 "), "{}: no level-2 bookmark", pdf.display());
            }
        }
        println!("{}: converted by LibreOffice; title and requirement texts found", pdf.display());
    }
}
