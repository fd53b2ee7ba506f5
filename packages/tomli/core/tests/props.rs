//! Property tests: documents emitted from random value trees parse back to the same tree,
//! and arbitrary input never panics and reports an in-range, char-aligned error position.

use std::borrow::Cow;

use proptest::prelude::*;
use rusputyn_tomli_core::{Date, Error, Offset, Table, Time, Value, normalize_newlines, parse};

/// Scalar values the emitter can write (owned, independent of any source text).
#[derive(Debug, Clone)]
enum S {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Odt(Date, Time, i16),
    Ldt(Date, Time),
    Ld(Date),
    Lt(Time),
    Arr(Vec<S>),
    Inline(Vec<(String, S)>),
}

fn key_text(k: &str) -> String {
    if !k.is_empty()
        && k.bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
    {
        k.to_string()
    } else {
        basic_string(k)
    }
}

fn basic_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn date_text(d: &Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

fn time_text(t: &Time) -> String {
    format!(
        "{:02}:{:02}:{:02}.{:06}",
        t.hour, t.minute, t.second, t.microsecond
    )
}

fn emit(v: &S) -> String {
    match v {
        S::Str(s) => basic_string(s),
        S::Int(n) => n.to_string(),
        S::Float(f) => format!("{f:?}"),
        S::Bool(b) => b.to_string(),
        S::Odt(d, t, m) => {
            let off = if *m == 0 {
                "Z".to_string()
            } else {
                format!(
                    "{}{:02}:{:02}",
                    if *m < 0 { '-' } else { '+' },
                    m.abs() / 60,
                    m.abs() % 60
                )
            };
            format!("{}T{}{off}", date_text(d), time_text(t))
        }
        S::Ldt(d, t) => format!("{} {}", date_text(d), time_text(t)),
        S::Ld(d) => date_text(d),
        S::Lt(t) => time_text(t),
        S::Arr(items) => {
            let parts: Vec<String> = items.iter().map(emit).collect();
            format!("[{}]", parts.join(", "))
        }
        S::Inline(entries) => {
            let parts: Vec<String> = entries
                .iter()
                .map(|(k, v)| format!("{} = {}", key_text(k), emit(v)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
    }
}

fn same(a: &Value<'_>, b: &S) -> bool {
    match (a, b) {
        (Value::String(x), S::Str(y)) => x == y,
        (Value::Integer(x), S::Int(y)) => x == y,
        (Value::Float { value, .. }, S::Float(y)) => value.to_bits() == y.to_bits(),
        (Value::Boolean(x), S::Bool(y)) => x == y,
        (Value::OffsetDateTime(d, t, o), S::Odt(d2, t2, m)) => {
            let o2 = if *m == 0 {
                Offset::Utc
            } else {
                Offset::Minutes(*m)
            };
            d == d2 && t == t2 && *o == o2
        }
        (Value::LocalDateTime(d, t), S::Ldt(d2, t2)) => d == d2 && t == t2,
        (Value::LocalDate(d), S::Ld(d2)) => d == d2,
        (Value::LocalTime(t), S::Lt(t2)) => t == t2,
        (Value::Array(x), S::Arr(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Table(t), S::Inline(y)) => same_table(t, y),
        _ => false,
    }
}

fn same_table(t: &Table<'_>, y: &[(String, S)]) -> bool {
    t.len() == y.len() && y.iter().all(|(k, v)| t.get(k).is_some_and(|a| same(a, v)))
}

fn date() -> impl Strategy<Value = Date> {
    (1u16..=9999, 1u8..=12, 1u8..=28).prop_map(|(year, month, day)| Date { year, month, day })
}

fn time() -> impl Strategy<Value = Time> {
    (0u8..24, 0u8..60, 0u8..60, 0u32..1_000_000).prop_map(|(hour, minute, second, microsecond)| {
        Time {
            hour,
            minute,
            second,
            microsecond,
        }
    })
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof!["[A-Za-z0-9_-]{1,8}", "\\PC{0,6}"]
}

fn unique(entries: Vec<(String, S)>) -> Vec<(String, S)> {
    let mut seen = std::collections::HashSet::new();
    entries
        .into_iter()
        .filter(|(k, _)| seen.insert(k.clone()))
        .collect()
}

fn scalar() -> impl Strategy<Value = S> {
    prop_oneof![
        any::<String>().prop_map(S::Str),
        any::<i64>().prop_map(S::Int),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(S::Float),
        any::<bool>().prop_map(S::Bool),
        (date(), time(), -1439i16..=1439).prop_map(|(d, t, m)| S::Odt(d, t, m)),
        (date(), time()).prop_map(|(d, t)| S::Ldt(d, t)),
        date().prop_map(S::Ld),
        time().prop_map(S::Lt),
    ]
}

fn value() -> impl Strategy<Value = S> {
    scalar().prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(S::Arr),
            prop::collection::vec((key(), inner), 0..6).prop_map(|e| S::Inline(unique(e))),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn emitted_documents_round_trip(entries in prop::collection::vec((key(), value()), 0..8)) {
        let entries = unique(entries);
        let mut doc = String::new();
        for (k, v) in &entries {
            doc.push_str(&format!("{} = {}\n", key_text(k), emit(v)));
        }
        let parsed = parse(&doc);
        prop_assert!(parsed.is_ok(), "{doc:?} -> {parsed:?}");
        let t = parsed.unwrap();
        prop_assert!(same_table(&t, &entries), "{doc:?}");
        let keys: Vec<&str> = t.entries.keys().map(Cow::as_ref).collect();
        let want: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
        prop_assert_eq!(keys, want);
    }

    #[test]
    fn arbitrary_input_never_panics(s in "\\PC{0,64}|[\\[\\]{}=.,\"'#\n \\\\a-c0-9:TZ+_-]{0,64}") {
        let src = normalize_newlines(&s);
        if let Err(Error::Decode(e)) = parse(&src) {
            prop_assert!(e.pos <= src.len() + 1);
            prop_assert!(e.pos > src.len() || src.is_char_boundary(e.pos));
        }
    }
}
