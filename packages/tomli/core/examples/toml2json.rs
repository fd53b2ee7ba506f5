//! Reads a TOML document from stdin and prints it in toml-test's tagged JSON form, or the
//! error message (`tomli` wording, byte offset) on failure.
//!
//! Usage: `cargo run -p rusputyn-tomli-core --example toml2json < file.toml`.

use std::io::Read;

use rusputyn_tomli_core::{Offset, Table, Value, normalize_newlines, parse};

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn tagged(ty: &str, value: &str) -> String {
    format!("{{\"type\": \"{ty}\", \"value\": {}}}", quote(value))
}

fn table(t: &Table<'_>) -> String {
    let items: Vec<String> = t
        .entries
        .iter()
        .map(|(k, v)| format!("{}: {}", quote(k), value(v)))
        .collect();
    format!("{{{}}}", items.join(", "))
}

fn value(v: &Value<'_>) -> String {
    match v {
        Value::String(s) => tagged("string", s),
        Value::Integer(n) => tagged("integer", &n.to_string()),
        Value::BigInteger(s) => tagged("integer", s),
        Value::Float { value, .. } => tagged("float", &value.to_string()),
        Value::Boolean(b) => tagged("bool", &b.to_string()),
        Value::OffsetDateTime(d, t, o) => {
            let off = match o {
                Offset::Utc => "Z".to_string(),
                Offset::Minutes(m) => format!(
                    "{}{:02}:{:02}",
                    if *m < 0 { '-' } else { '+' },
                    m.abs() / 60,
                    m.abs() % 60
                ),
            };
            tagged(
                "datetime",
                &format!(
                    "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}{off}",
                    d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond
                ),
            )
        }
        Value::LocalDateTime(d, t) => tagged(
            "datetime-local",
            &format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}",
                d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond
            ),
        ),
        Value::LocalDate(d) => tagged(
            "date-local",
            &format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
        ),
        Value::LocalTime(t) => tagged(
            "time-local",
            &format!(
                "{:02}:{:02}:{:02}.{:06}",
                t.hour, t.minute, t.second, t.microsecond
            ),
        ),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(value).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Table(t) => table(t),
        Value::ArrayOfTables(ts) => {
            let parts: Vec<String> = ts.iter().map(table).collect();
            format!("[{}]", parts.join(", "))
        }
    }
}

fn main() {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("cannot read stdin: {e}");
        std::process::exit(2);
    }
    let src = normalize_newlines(&input);
    match parse(&src) {
        Ok(t) => println!("{}", table(&t)),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
