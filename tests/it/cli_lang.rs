//! `seatplan report … --lang L` says what it did, and what is wrong with the
//! file, in L (issue 24: English was left in a Russian or Kazakh run);
//! without `--lang` it speaks English, byte for byte as before.

use crate::common::seatplan;

fn stderr_of(args: &[&str]) -> (Option<i32>, String) {
    let out = seatplan(args);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn report_out_speaks_the_lang_language_warnings_included() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().to_str().expect("utf-8");
    let (code, ru) = stderr_of(&[
        "report",
        "scenarios/mangystau.ron",
        "--lang",
        "ru",
        "--out",
        out,
    ]);
    assert_eq!(code, Some(0), "{ru}");
    let lines: Vec<&str> = ru.lines().collect();
    assert_eq!(lines.len(), 6, "{ru}");
    assert!(
        lines[0].starts_with(
            "scenarios/mangystau.ron:303:13: предупреждение: у территории «mangystau/aktau» нет расчёта потребности"
        ),
        "{ru}"
    );
    assert_eq!(
        lines[5],
        format!("seatplan: записано файлов: 10, папка {out}")
    );
    let (_, kk) = stderr_of(&[
        "report",
        "scenarios/mangystau.ron",
        "--lang",
        "kk",
        "--out",
        out,
    ]);
    assert!(
        kk.starts_with("scenarios/mangystau.ron:303:13: ескерту: «mangystau/aktau» аумағында"),
        "{kk}"
    );
    assert!(
        kk.ends_with(&format!("seatplan: {out} қалтасына 10 файл жазылды\n")),
        "{kk}"
    );
    // No --lang: English, as every other command.
    let (_, en) = stderr_of(&["report", "scenarios/mangystau.ron", "--out", out]);
    assert!(
        en.starts_with(
            "scenarios/mangystau.ron:303:13: warning: area \"mangystau/aktau\" has no demand"
        ),
        "{en}"
    );
    assert!(
        en.ends_with(&format!("seatplan: wrote 10 files to {out}\n")),
        "{en}"
    );
}

#[test]
fn report_sheets_and_usage_errors_speak_the_lang_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let xlsx = dir.path().join("a.xlsx");
    let csv = dir.path().join("a.csv");
    let (xlsx, csv) = (xlsx.to_str().expect("utf-8"), csv.to_str().expect("utf-8"));
    let sheets = |lang: &str| {
        stderr_of(&[
            "report",
            "scenarios/astana.ron",
            "--lang",
            lang,
            "--xlsx",
            xlsx,
            "--csv-excel",
            csv,
        ])
    };
    assert_eq!(
        sheets("ru"),
        (Some(0), format!("seatplan: записан {xlsx} и {csv}\n"))
    );
    assert_eq!(
        sheets("kk"),
        (Some(0), format!("seatplan: {xlsx} және {csv} жазылды\n"))
    );
    assert_eq!(
        sheets("en"),
        (Some(0), format!("seatplan: wrote {xlsx} and {csv}\n"))
    );
    assert_eq!(
        stderr_of(&["report", "scenarios/astana.ron", "--lang", "ru"]),
        (
            Some(2),
            "seatplan: --lang задаёт язык для --out, --xlsx или --csv-excel: укажите один из них\n"
                .to_owned()
        )
    );
    let (code, missing) = stderr_of(&[
        "report",
        "scenarios/no-such-file.ron",
        "--lang",
        "kk",
        "--xlsx",
        xlsx,
    ]);
    assert_eq!(code, Some(2));
    assert!(
        missing
            .starts_with("scenarios/no-such-file.ron: қате: scenarios/no-such-file.ron оқылмады: "),
        "{missing}"
    );
}
