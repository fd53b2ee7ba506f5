//! POSIX-style variable expansion of values: `${NAME}` and `${NAME:-default}`.
//!
//! A reference is `${`, a name made of anything but `}` and `:`, then either `}` or
//! `:-`, a default made of anything but `}`, and `}`. Text that does not form a
//! reference (for example `$NAME` or `${A:x}`) stays literal. Expansion is a single
//! pass: substituted text is never expanded again.

use std::borrow::Cow;
use std::collections::HashMap;

/// One piece of a value: literal text or a variable reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Atom<'a> {
    /// Text copied verbatim.
    Literal(&'a str),
    /// `${name}` (`default == None`) or `${name:-default}`.
    Variable {
        /// The referenced name (may be empty).
        name: &'a str,
        /// The fallback used when the name is not defined.
        default: Option<&'a str>,
    },
}

/// How a name resolves while expanding a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup<'v> {
    /// The name is not defined anywhere: the reference's default (or `""`) is used.
    Undefined,
    /// The name is defined but has no value (a bare `KEY` line): expands to `""`,
    /// ignoring any default, as upstream does.
    NoValue,
    /// The name is defined with this value.
    Value(Cow<'v, str>),
}

/// Tries to read a reference at `start` (which points at `${`); returns the atom and
/// the offset just past it.
fn reference_at(value: &str, start: usize) -> Option<(Atom<'_>, usize)> {
    let name_start = start + 2;
    let rest = &value[name_start..];
    let name_len = rest.find(['}', ':'])?;
    let name = &rest[..name_len];
    let after_name = name_start + name_len;
    if value[after_name..].starts_with('}') {
        return Some((
            Atom::Variable {
                name,
                default: None,
            },
            after_name + 1,
        ));
    }
    // The name stopped at `:`; only `:-` introduces a default.
    let default_start = after_name + 1;
    if !value[default_start..].starts_with('-') {
        return None;
    }
    let default_start = default_start + 1;
    let default_len = value[default_start..].find('}')?;
    let default = &value[default_start..default_start + default_len];
    Some((
        Atom::Variable {
            name,
            default: Some(default),
        },
        default_start + default_len + 1,
    ))
}

/// Splits a value into literal and variable atoms, in order.
///
/// ```
/// use rusputyn_dotenv_core::variables::{parse_variables, Atom};
/// assert_eq!(
///     parse_variables("a${b:-c}"),
///     vec![Atom::Literal("a"), Atom::Variable { name: "b", default: Some("c") }]
/// );
/// ```
pub fn parse_variables(value: &str) -> Vec<Atom<'_>> {
    let mut atoms = Vec::new();
    let mut literal_start = 0;
    let mut search = 0;
    while let Some(off) = value[search..].find("${") {
        let start = search + off;
        match reference_at(value, start) {
            Some((atom, end)) => {
                if start > literal_start {
                    atoms.push(Atom::Literal(&value[literal_start..start]));
                }
                atoms.push(atom);
                literal_start = end;
                search = end;
            }
            // `$` is one byte, so the next candidate starts right after it.
            None => search = start + 1,
        }
    }
    if literal_start < value.len() {
        atoms.push(Atom::Literal(&value[literal_start..]));
    }
    atoms
}

/// Expands the references of `value`, asking `lookup` for each name.
///
/// Borrows `value` unchanged when it contains no reference.
pub fn interpolate<'a, 'v>(
    value: &'a str,
    mut lookup: impl FnMut(&str) -> Lookup<'v>,
) -> Cow<'a, str> {
    if !value.contains("${") {
        return Cow::Borrowed(value);
    }
    let atoms = parse_variables(value);
    if let [Atom::Literal(only)] = atoms.as_slice() {
        return Cow::Borrowed(only);
    }
    let mut out = String::with_capacity(value.len());
    for atom in atoms {
        match atom {
            Atom::Literal(text) => out.push_str(text),
            Atom::Variable { name, default } => match lookup(name) {
                Lookup::Value(v) => out.push_str(&v),
                Lookup::NoValue => {}
                Lookup::Undefined => out.push_str(default.unwrap_or("")),
            },
        }
    }
    Cow::Owned(out)
}

/// Resolves the references of a sequence of `(key, value)` pairs the way
/// `dotenv_values`/`load_dotenv` do.
///
/// Each value may refer to keys defined earlier in the sequence and to `environ`.
/// With `override_env` the file's own earlier definitions win over `environ`,
/// otherwise `environ` wins. A key defined twice keeps its first position and its last
/// value. Values that are `None` stay `None`.
///
/// ```
/// use rusputyn_dotenv_core::variables::resolve_variables;
/// let pairs = [("A", Some("x")), ("B", Some("${A}/${HOME:-h}"))];
/// let out = resolve_variables(pairs, true, |_| None);
/// assert_eq!(out[1], ("B".to_string(), Some("x/h".to_string())));
/// ```
pub fn resolve_variables<'p, I, E>(
    pairs: I,
    override_env: bool,
    mut environ: E,
) -> Vec<(String, Option<String>)>
where
    I: IntoIterator<Item = (&'p str, Option<&'p str>)>,
    E: FnMut(&str) -> Option<String>,
{
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (key, value) in pairs {
        let resolved = value.map(|value| {
            interpolate(value, |name| {
                let file_value = index.get(name).map(|&i| out[i].1.as_deref());
                let from_file = |v: Option<&str>| match v {
                    Some(v) => Lookup::Value(Cow::Owned(v.to_string())),
                    None => Lookup::NoValue,
                };
                match file_value {
                    Some(v) if override_env => from_file(v),
                    _ => match environ(name) {
                        Some(e) => Lookup::Value(Cow::Owned(e)),
                        None => file_value.map_or(Lookup::Undefined, from_file),
                    },
                }
            })
            .into_owned()
        });
        match index.get(key) {
            Some(&i) => out[i].1 = resolved,
            None => {
                index.insert(key.to_string(), out.len());
                out.push((key.to_string(), resolved));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn var<'a>(name: &'a str, default: Option<&'a str>) -> Atom<'a> {
        Atom::Variable { name, default }
    }

    #[test]
    fn splits_atoms() {
        assert_eq!(parse_variables(""), vec![]);
        assert_eq!(parse_variables("a"), vec![Atom::Literal("a")]);
        assert_eq!(parse_variables("${a}"), vec![var("a", None)]);
        assert_eq!(parse_variables("${a:-b}"), vec![var("a", Some("b"))]);
        assert_eq!(
            parse_variables("a${b}c${d}e"),
            vec![
                Atom::Literal("a"),
                var("b", None),
                Atom::Literal("c"),
                var("d", None),
                Atom::Literal("e")
            ]
        );
    }

    #[test]
    fn odd_references() {
        assert_eq!(parse_variables("${}"), vec![var("", None)]);
        assert_eq!(parse_variables("${a:x}"), vec![Atom::Literal("${a:x}")]);
        assert_eq!(parse_variables("${a"), vec![Atom::Literal("${a")]);
        assert_eq!(
            parse_variables("${${a}}"),
            vec![var("${a", None), Atom::Literal("}")]
        );
        assert_eq!(
            parse_variables("${a:-b:c${d}"),
            vec![var("a", Some("b:c${d"))]
        );
        assert_eq!(
            parse_variables("$${a:x}${b}"),
            vec![Atom::Literal("$${a:x}"), var("b", None)]
        );
    }

    #[test]
    fn resolves_with_precedence() {
        let env = |n: &str| (n == "b").then(|| "env".to_string());
        let pairs = [
            ("b", Some("file")),
            ("a", Some("${b}")),
            ("n", None),
            ("c", Some("${n:-d}")),
        ];
        let with = resolve_variables(pairs, true, env);
        assert_eq!(with[1].1.as_deref(), Some("file"));
        assert_eq!(with[2].1, None);
        assert_eq!(with[3].1.as_deref(), Some(""));
        let without = resolve_variables(pairs, false, env);
        assert_eq!(without[1].1.as_deref(), Some("env"));
    }

    #[test]
    fn duplicate_keys_keep_first_position_and_last_value() {
        let pairs = [
            ("a", Some("b")),
            ("c", Some("${a}")),
            ("d", Some("e")),
            ("c", Some("${d}")),
        ];
        let out = resolve_variables(pairs, true, |_| None);
        assert_eq!(
            out,
            vec![
                ("a".to_string(), Some("b".to_string())),
                ("c".to_string(), Some("e".to_string())),
                ("d".to_string(), Some("e".to_string())),
            ]
        );
    }
}
