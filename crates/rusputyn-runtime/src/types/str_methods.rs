//! Methods of `str` (Python docs, "String Methods"), with CPython 3.11's results and its
//! exact argument errors (checked by `types::str::args`, shared with `bytes`).

use crate::err::{PyErr, type_error, value_error};
use crate::types::class::BuiltinType;
use crate::types::function::Kw;
use crate::types::methods::MethodEntry;
use crate::types::str::PyStr;
use crate::types::str::args::{
    MAX_LEN, adjust_indices, clinic_args, exact_one, keyword_args, legacy_args, no_args,
    slice_index, slot_args, width_arg,
};
use crate::types::str::chars;
use crate::types::str::codec::{self, Codec};
use crate::value::{PyResult, Value};

/// The `str` method table.
pub static METHODS: &[MethodEntry] = &[
    ("capitalize", capitalize),
    ("casefold", casefold),
    ("center", center),
    ("count", count),
    ("encode", encode),
    ("endswith", endswith),
    ("expandtabs", expandtabs),
    ("find", find),
    ("format", format),
    ("format_map", format_map),
    ("index", index),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isascii", isascii),
    ("isdecimal", isdecimal),
    ("isdigit", isdigit),
    ("isidentifier", isidentifier),
    ("islower", islower),
    ("isnumeric", isnumeric),
    ("isprintable", isprintable),
    ("isspace", isspace),
    ("istitle", istitle),
    ("isupper", isupper),
    ("join", join),
    ("ljust", ljust),
    ("lower", lower),
    ("lstrip", lstrip),
    ("maketrans", maketrans),
    ("partition", partition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("replace", replace),
    ("rfind", rfind),
    ("rindex", rindex),
    ("rjust", rjust),
    ("rpartition", rpartition),
    ("rsplit", rsplit),
    ("rstrip", rstrip),
    ("split", split),
    ("splitlines", splitlines),
    ("startswith", startswith),
    ("strip", strip),
    ("swapcase", swapcase),
    ("title", title),
    ("translate", translate),
    ("upper", upper),
    ("zfill", zfill),
    ("__add__", dunder_add),
    ("__contains__", dunder_contains),
    ("__eq__", dunder_eq),
    ("__format__", dunder_format),
    ("__ge__", dunder_ge),
    ("__getitem__", dunder_getitem),
    ("__gt__", dunder_gt),
    ("__hash__", dunder_hash),
    ("__iter__", dunder_iter),
    ("__le__", dunder_le),
    ("__len__", dunder_len),
    ("__lt__", dunder_lt),
    ("__mod__", dunder_mod),
    ("__mul__", dunder_mul),
    ("__ne__", dunder_ne),
    ("__repr__", dunder_repr),
    ("__rmul__", dunder_mul),
    ("__str__", dunder_str),
];

/// The `&str` inside a `str` value (`""` for any other value).
pub fn s(v: &Value) -> &str {
    match v {
        Value::Str(s) => s.as_str(),
        _ => "",
    }
}

/// An argument as the `str` methods see it: the base value of a `str` subclass instance.
fn sv(v: &Value) -> &Value {
    crate::types::object::base::view(v).unwrap_or(v)
}

/// The argument as `&str`, or `TypeError: {what} must be str, not {type}` (argument-clinic
/// wording: `None` is named as itself, not as `NoneType`).
pub fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match crate::types::object::base::view(v).unwrap_or(v) {
        Value::Str(s) => Ok(s.as_str()),
        Value::None => Err(type_error(format!("{what} must be str, not None"))),
        other => Err(type_error(format!(
            "{what} must be str, not {}",
            other.type_name()
        ))),
    }
}

/// `TypeError: must be str, not int` (the wording of `find`, `count`, `partition`, ...).
fn must_be_str(v: &Value) -> PyResult<&str> {
    match crate::types::object::base::view(v).unwrap_or(v) {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!(
            "must be str, not {}",
            other.type_name()
        ))),
    }
}

fn recv(v: &Value) -> PyResult<&PyStr> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(type_error(format!(
            "descriptor for 'str' objects doesn't apply to a '{}' object",
            other.type_name()
        ))),
    }
}

fn new_str(s: String) -> Value {
    Value::string(s)
}

// Searching: find/rfind/index/rindex/count/startswith/endswith share CPython's
// `ADJUST_INDICES` slice semantics on code-point indices.

fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Where `needle` occurs in `hay[start:end]` (first or last), as a code-point index.
fn find_in(
    hay: &PyStr,
    needle: &str,
    start: Option<i64>,
    end: Option<i64>,
    last: bool,
) -> Option<usize> {
    let (start, end) = adjust_indices(start, end, hay.char_len());
    let nlen = char_count(needle) as i64;
    if end - start < nlen {
        return None;
    }
    let sub = hay.substring(start as usize, end as usize);
    let pos = if last {
        sub.rfind(needle)
    } else {
        sub.find(needle)
    }?;
    Some(start as usize + char_count(&sub[..pos]))
}

fn parse_find_args<'a>(
    name: &str,
    args: &'a [Value],
    kw: Kw,
) -> PyResult<(&'a str, Option<i64>, Option<i64>)> {
    legacy_args("str", name, args, kw, 1, 3)?;
    let needle = must_be_str(&args[0])?;
    Ok((needle, slice_index(args.get(1))?, slice_index(args.get(2))?))
}

fn find(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (needle, start, end) = parse_find_args("find", args, kw)?;
    Ok(Value::Int(
        find_in(recv(v)?, needle, start, end, false).map_or(-1, |i| i as i64),
    ))
}

fn rfind(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (needle, start, end) = parse_find_args("rfind", args, kw)?;
    Ok(Value::Int(
        find_in(recv(v)?, needle, start, end, true).map_or(-1, |i| i as i64),
    ))
}

fn index(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (needle, start, end) = parse_find_args("index", args, kw)?;
    find_in(recv(v)?, needle, start, end, false)
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("substring not found"))
}

fn rindex(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (needle, start, end) = parse_find_args("rindex", args, kw)?;
    find_in(recv(v)?, needle, start, end, true)
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("substring not found"))
}

fn count(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (needle, start, end) = parse_find_args("count", args, kw)?;
    let st = recv(v)?;
    let (start, end) = adjust_indices(start, end, st.char_len());
    if end - start < char_count(needle) as i64 {
        return Ok(Value::Int(0));
    }
    let sub = st.substring(start as usize, end as usize);
    // `matches("")` yields one empty match per character boundary, like CPython's count.
    Ok(Value::Int(sub.matches(needle).count() as i64))
}

fn tail_match(name: &str, v: &Value, args: &[Value], kw: Kw, at_end: bool) -> PyResult<Value> {
    legacy_args("str", name, args, kw, 1, 3)?;
    let st = recv(v)?;
    let (start, end) = adjust_indices(
        slice_index(args.get(1))?,
        slice_index(args.get(2))?,
        st.char_len(),
    );
    let test = |p: &str| -> bool {
        let plen = char_count(p) as i64;
        if end - start < plen || start > st.char_len() as i64 {
            return false;
        }
        let sub = st.substring(start as usize, end as usize);
        if at_end {
            sub.ends_with(p)
        } else {
            sub.starts_with(p)
        }
    };
    match sv(&args[0]) {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for p in t.items() {
                let p = match sv(p) {
                    Value::Str(p) => p.as_str(),
                    other => {
                        return Err(type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            other.type_name()
                        )));
                    }
                };
                if test(p) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            other.type_name()
        ))),
    }
}

fn startswith(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    tail_match("startswith", v, args, kw, false)
}

fn endswith(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    tail_match("endswith", v, args, kw, true)
}

// Splitting and joining.

fn maxsplit_arg(v: Option<&Value>) -> PyResult<usize> {
    match v {
        None => Ok(usize::MAX),
        Some(m) => {
            let n = crate::ops::index_of(m)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
    }
}

/// `split()` with no separator: runs of whitespace separate, leading whitespace is dropped
/// and, once `maxsplit` is reached, the remainder keeps its trailing whitespace.
fn split_whitespace(text: &str, mut maxcount: usize) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = text;
    while maxcount > 0 {
        rest = rest.trim_start_matches(chars::is_space);
        if rest.is_empty() {
            return out;
        }
        let end = rest.find(chars::is_space).unwrap_or(rest.len());
        out.push(Value::str(&rest[..end]));
        rest = &rest[end..];
        maxcount -= 1;
    }
    let rest = rest.trim_start_matches(chars::is_space);
    if !rest.is_empty() {
        out.push(Value::str(rest));
    }
    out
}

fn rsplit_whitespace(text: &str, mut maxcount: usize) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = text;
    while maxcount > 0 {
        rest = rest.trim_end_matches(chars::is_space);
        if rest.is_empty() {
            out.reverse();
            return out;
        }
        let start = rest.rfind(chars::is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        out.push(Value::str(&rest[start..]));
        rest = &rest[..start];
        maxcount -= 1;
    }
    let rest = rest.trim_end_matches(chars::is_space);
    if !rest.is_empty() {
        out.push(Value::str(rest));
    }
    out.reverse();
    out
}

fn split_impl(name: &str, v: &Value, args: &[Value], kw: Kw, from_right: bool) -> PyResult<Value> {
    let [sep, maxsplit] = keyword_args(name, args, kw, ["sep", "maxsplit"])?;
    let text = recv(v)?.as_str();
    let maxcount = maxsplit_arg(maxsplit.as_ref())?;
    let out = match sep.as_ref().map(sv) {
        None | Some(Value::None) => {
            if from_right {
                rsplit_whitespace(text, maxcount)
            } else {
                split_whitespace(text, maxcount)
            }
        }
        Some(Value::Str(sep)) => {
            let sep = sep.as_str();
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let n = maxcount.saturating_add(1);
            if let &[b] = sep.as_bytes() {
                // A one-byte (ASCII) separator: a `char` pattern searches with memchr.
                let c = b as char;
                if from_right {
                    let mut parts: Vec<Value> = text.rsplitn(n, c).map(Value::str).collect();
                    parts.reverse();
                    parts
                } else {
                    text.splitn(n, c).map(Value::str).collect()
                }
            } else if from_right {
                let mut parts: Vec<Value> = text.rsplitn(n, sep).map(Value::str).collect();
                parts.reverse();
                parts
            } else {
                text.splitn(n, sep).map(Value::str).collect()
            }
        }
        Some(other) => {
            return Err(type_error(format!(
                "must be str or None, not {}",
                other.type_name()
            )));
        }
    };
    Ok(Value::list(out))
}

fn split(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl("split", v, args, kw, false)
}

fn rsplit(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl("rsplit", v, args, kw, true)
}

fn splitlines(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [keepends] = keyword_args("splitlines", args, kw, ["keepends"])?;
    let keepends = match &keepends {
        None => false,
        Some(k) => crate::ops::index_of(k)? != 0,
    };
    let text = recv(v)?.as_str();
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !chars::is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
            it.next();
            end += 1;
        }
        out.push(Value::str(
            &text[line_start..if keepends { end } else { i }],
        ));
        line_start = end;
    }
    if line_start < text.len() {
        out.push(Value::str(&text[line_start..]));
    }
    Ok(Value::list(out))
}

fn partition_impl(
    name: &str,
    v: &Value,
    args: &[Value],
    kw: Kw,
    from_right: bool,
) -> PyResult<Value> {
    exact_one("str", name, args, kw)?;
    let sep = must_be_str(&args[0])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let text = recv(v)?.as_str();
    let found = if from_right {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    let parts = match found {
        Some(i) => [&text[..i], sep, &text[i + sep.len()..]],
        None if from_right => ["", "", text],
        None => [text, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

fn partition(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl("partition", v, args, kw, false)
}

fn rpartition(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl("rpartition", v, args, kw, true)
}

fn join(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one("str", "join", args, kw)?;
    let sep = recv(v)?.as_str();
    let it = crate::types::iter::iter(&args[0]).map_err(|e| {
        if e.is(BuiltinType::TypeError) {
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    crate::types::object::length_hint(&args[0])?;
    let joined = match &args[0] {
        Value::List(l) => join_exact(sep, &l.borrow()),
        Value::Tuple(t) => join_exact(sep, t.items()),
        _ => None,
    };
    if let Some(out) = joined {
        return Ok(new_str(out));
    }
    let mut out = String::new();
    let mut i = 0;
    while let Some(item) = crate::types::iter::next(&it)? {
        if i > 0 {
            out.push_str(sep);
        }
        match crate::types::object::base::view(&item) {
            Some(Value::Str(x)) => out.push_str(x.as_str()),
            _ => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    item.type_name()
                )));
            }
        }
        i += 1;
    }
    Ok(new_str(out))
}

/// `sep.join(items)` when every item is an exact `str`, into one allocation of the exact
/// size; `None` (nothing done) when some item is not, for the general path and its errors.
/// Runs no Python code, so the list's borrow cannot be disturbed.
fn join_exact(sep: &str, items: &[Value]) -> Option<String> {
    let mut len = sep.len() * items.len().saturating_sub(1);
    for item in items {
        match item {
            Value::Str(x) => len += x.as_str().len(),
            _ => return None,
        }
    }
    let mut out = String::with_capacity(len);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Value::Str(x) = item {
            out.push_str(x.as_str());
        }
    }
    Some(out)
}

// Stripping, replacing, padding.

fn strip_impl(
    name: &str,
    v: &Value,
    args: &[Value],
    kw: Kw,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    clinic_args("str", name, args, kw, 0, 1)?;
    let text = recv(v)?.as_str();
    let out = match args.first().map(sv) {
        None | Some(Value::None) => {
            let t = if left {
                text.trim_start_matches(chars::is_space)
            } else {
                text
            };
            if right {
                t.trim_end_matches(chars::is_space)
            } else {
                t
            }
        }
        Some(Value::Str(set)) => {
            let set = set.as_str();
            let t = if left {
                text.trim_start_matches(|c| set.contains(c))
            } else {
                text
            };
            if right {
                t.trim_end_matches(|c| set.contains(c))
            } else {
                t
            }
        }
        Some(_) => return Err(type_error(format!("{name} arg must be None or str"))),
    };
    Ok(Value::str(out))
}

fn strip(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl("strip", v, args, kw, true, true)
}

fn lstrip(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl("lstrip", v, args, kw, true, false)
}

fn rstrip(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl("rstrip", v, args, kw, false, true)
}

fn replace(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    clinic_args("str", "replace", args, kw, 2, 3)?;
    let old = str_arg(&args[0], "replace() argument 1")?;
    let new = str_arg(&args[1], "replace() argument 2")?;
    let count = match args.get(2) {
        Some(c) => crate::ops::index_of(c)?,
        None => -1,
    };
    let text = recv(v)?.as_str();
    let limit = usize::try_from(count).ok();
    Ok(new_str(if old.is_empty() {
        match limit {
            None => text.replace(old, new),
            Some(n) => text.replacen(old, new, n),
        }
    } else {
        crate::types::str::search::replace(text, old, new, limit)
    }))
}

fn removeprefix(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one("str", "removeprefix", args, kw)?;
    let p = str_arg(&args[0], "removeprefix() argument")?;
    let text = recv(v)?.as_str();
    Ok(Value::str(text.strip_prefix(p).unwrap_or(text)))
}

fn removesuffix(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one("str", "removesuffix", args, kw)?;
    let p = str_arg(&args[0], "removesuffix() argument")?;
    let text = recv(v)?.as_str();
    Ok(Value::str(text.strip_suffix(p).unwrap_or(text)))
}

fn fill_arg(v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(Value::Str(f)) => {
            let mut it = f.as_str().chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(type_error(
                    "The fill character must be exactly one character long",
                )),
            }
        }
        Some(other) => Err(type_error(format!(
            "The fill character must be a unicode character, not {}",
            other.type_name()
        ))),
    }
}

/// Pads with `left` and `right` copies of `fill` around the text.
fn padded(text: &str, left: usize, right: usize, fill: char) -> Value {
    let mut out = String::with_capacity(text.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    new_str(out)
}

fn justify(name: &str, v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    clinic_args("str", name, args, kw, 1, 2)?;
    let width = width_arg(&args[0])?;
    let fill = fill_arg(args.get(1))?;
    let st = recv(v)?;
    let len = st.char_len();
    if width <= len {
        return Ok(v.clone());
    }
    let marg = width - len;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        // CPython's `center` rounds the odd padding character to the left only when the
        // width is odd too.
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    Ok(padded(st.as_str(), left, right, fill))
}

fn center(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    justify("center", v, args, kw)
}

fn ljust(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    justify("ljust", v, args, kw)
}

fn rjust(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    justify("rjust", v, args, kw)
}

fn zfill(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one("str", "zfill", args, kw)?;
    let width = width_arg(&args[0])?;
    let st = recv(v)?;
    let len = st.char_len();
    if width <= len {
        return Ok(v.clone());
    }
    let text = st.as_str();
    let zeros = "0".repeat(width - len);
    Ok(new_str(match text.as_bytes().first() {
        Some(b'+' | b'-') => format!("{}{zeros}{}", &text[..1], &text[1..]),
        _ => format!("{zeros}{text}"),
    }))
}

fn expandtabs(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [tabsize] = keyword_args("expandtabs", args, kw, ["tabsize"])?;
    let tabsize = match &tabsize {
        None => 8,
        Some(t) => tabsize_arg(t)?,
    };
    let text = recv(v)?.as_str();
    let mut out = String::with_capacity(text.len());
    let mut col: i64 = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    if out.len() as i64 + n > MAX_LEN as i64 {
                        return Err(PyErr::bare(BuiltinType::MemoryError));
                    }
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

/// `tabsize` is a C `int` in CPython.
fn tabsize_arg(v: &Value) -> PyResult<i64> {
    let t = crate::ops::index_of(v).map_err(|e| {
        if e.is(BuiltinType::OverflowError) {
            crate::err::overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    if t > i32::MAX as i64 || t < i32::MIN as i64 {
        return Err(crate::err::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    Ok(t)
}

// Case conversion.

fn upper(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("str", "upper", args, kw)?;
    Ok(new_str(chars::upper(recv(v)?.as_str())))
}

fn lower(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("str", "lower", args, kw)?;
    Ok(new_str(chars::lower(recv(v)?.as_str())))
}

fn casefold(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("str", "casefold", args, kw)?;
    let mut out = String::new();
    for c in recv(v)?.as_str().chars() {
        chars::push_fold(&mut out, c);
    }
    Ok(new_str(out))
}

fn swapcase(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("str", "swapcase", args, kw)?;
    let text = recv(v)?.as_str();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if chars::is_upper(c) {
            if c == 'Σ' {
                out.push(if chars::is_final_sigma(text, i) {
                    'ς'
                } else {
                    'σ'
                });
            } else {
                chars::push_lower(&mut out, c);
            }
        } else if chars::is_lower(c) {
            chars::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}

fn title(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("str", "title", args, kw)?;
    let text = recv(v)?.as_str();
    let mut out = String::with_capacity(text.len());
    let mut prev_cased = false;
    for (i, c) in text.char_indices() {
        if prev_cased {
            if c == 'Σ' {
                out.push(if chars::is_final_sigma(text, i) {
                    'ς'
                } else {
                    'σ'
                });
            } else {
                chars::push_lower(&mut out, c);
            }
        } else {
            chars::push_title(&mut out, c);
        }
        prev_cased = chars::is_cased(c);
    }
    Ok(new_str(out))
}

fn capitalize(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("str", "capitalize", args, kw)?;
    let text = recv(v)?.as_str();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if i == 0 {
            chars::push_title(&mut out, c);
        } else if c == 'Σ' {
            // The final-sigma rule looks at the whole string, first character included.
            out.push(if chars::is_final_sigma(text, i) {
                'ς'
            } else {
                'σ'
            });
        } else {
            chars::push_lower(&mut out, c);
        }
    }
    Ok(new_str(out))
}

// Predicates.

fn all_chars(
    name: &str,
    v: &Value,
    args: &[Value],
    kw: Kw,
    pred: fn(char) -> bool,
) -> PyResult<Value> {
    no_args("str", name, args, kw)?;
    let text = recv(v)?.as_str();
    Ok(Value::Bool(!text.is_empty() && text.chars().all(pred)))
}

fn isalnum(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars("isalnum", v, args, kw, chars::is_alnum)
}

fn isalpha(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars("isalpha", v, args, kw, chars::is_alpha)
}

fn isdecimal(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars("isdecimal", v, args, kw, chars::is_decimal)
}

fn isdigit(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars("isdigit", v, args, kw, chars::is_digit)
}

fn isnumeric(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars("isnumeric", v, args, kw, chars::is_numeric)
}

fn isspace(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_chars("isspace", v, args, kw, chars::is_space)
}

fn isascii(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("str", "isascii", args, kw)?;
    Ok(Value::Bool(recv(v)?.as_str().is_ascii()))
}

fn isprintable(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("str", "isprintable", args, kw)?;
    Ok(Value::Bool(
        recv(v)?.as_str().chars().all(chars::is_printable),
    ))
}

fn isidentifier(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("str", "isidentifier", args, kw)?;
    let mut it = recv(v)?.as_str().chars();
    Ok(Value::Bool(match it.next() {
        Some(c) => chars::is_xid_start(c) && it.all(chars::is_xid_continue),
        None => false,
    }))
}

/// `islower`/`isupper`: no cased character of the other kind (or titlecase), at least one of
/// this kind.
fn cased_only(
    name: &str,
    v: &Value,
    args: &[Value],
    kw: Kw,
    want: fn(char) -> bool,
    other: fn(char) -> bool,
) -> PyResult<Value> {
    no_args("str", name, args, kw)?;
    let mut cased = false;
    for c in recv(v)?.as_str().chars() {
        if other(c) || chars::is_title(c) {
            return Ok(Value::Bool(false));
        }
        cased |= want(c);
    }
    Ok(Value::Bool(cased))
}

fn islower(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    cased_only("islower", v, args, kw, chars::is_lower, chars::is_upper)
}

fn isupper(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    cased_only("isupper", v, args, kw, chars::is_upper, chars::is_lower)
}

fn istitle(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("str", "istitle", args, kw)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in recv(v)?.as_str().chars() {
        if chars::is_upper(c) || chars::is_title(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if chars::is_lower(c) {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// Formatting, encoding, translation.

fn format(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::format::str_format(recv(v)?.as_str(), args, kw).map(new_str)
}

fn format_map(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one("str", "format_map", args, kw)?;
    crate::format::str_format_map(recv(v)?.as_str(), &args[0]).map(new_str)
}

fn text_arg<'a>(
    fname: &str,
    param: &str,
    v: &'a Option<Value>,
    default: &'a str,
) -> PyResult<&'a str> {
    match v {
        None => Ok(default),
        Some(Value::Str(s)) => Ok(s.as_str()),
        Some(other) => Err(type_error(format!(
            "{fname}() argument '{param}' must be str, not {}",
            other.type_name()
        ))),
    }
}

fn encode(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [encoding, errors] = keyword_args("encode", args, kw, ["encoding", "errors"])?;
    let encoding = text_arg("encode", "encoding", &encoding, "utf-8")?;
    let errors = text_arg("encode", "errors", &errors, "strict")?;
    let codec = Codec::lookup(encoding)?;
    Ok(Value::Bytes(
        codec::encode(recv(v)?.as_str(), codec, errors)?.into(),
    ))
}

fn translate(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one("str", "translate", args, kw)?;
    let table = &args[0];
    let text = recv(v)?.as_str();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mapped = match crate::ops::getitem(table, &Value::Int(c as i64)) {
            Ok(m) => m,
            Err(e) if e.is(BuiltinType::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &mapped {
            Value::None => {}
            Value::Str(s) => out.push_str(s.as_str()),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let ch = crate::ops::index_of(&mapped)
                    .ok()
                    .and_then(|i| u32::try_from(i).ok())
                    .and_then(char::from_u32)
                    .ok_or_else(|| value_error("character mapping must be in range(0x110000)"))?;
                out.push(ch);
            }
            _ => {
                return Err(type_error(
                    "character mapping must return integer, None or str",
                ));
            }
        }
    }
    Ok(new_str(out))
}

/// `str.maketrans(x[, y[, z]])`: a static method, so the receiver is ignored.
pub fn maketrans(_v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    clinic_args("str", "maketrans", args, kw, 1, 3)?;
    let table = crate::types::dict::PyDict::new();
    if args.len() == 1 {
        let Value::Dict(d) = &args[0] else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, val) in d.items() {
            let key = match &k {
                Value::Str(s) => {
                    let mut it = s.as_str().chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(value_error(
                                "string keys in translate table must be of length 1",
                            ));
                        }
                    }
                }
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                _ => {
                    return Err(type_error(
                        "keys in translate table must be strings or integers",
                    ));
                }
            };
            table.set(key, val)?;
        }
    } else {
        let Value::Str(x) = &args[0] else {
            return Err(type_error(
                "first maketrans argument must be a string if there is a second argument",
            ));
        };
        let y = str_arg(&args[1], "maketrans() argument 2")?;
        if char_count(x.as_str()) != char_count(y) {
            return Err(value_error(
                "the first two maketrans arguments must have equal length",
            ));
        }
        for (a, b) in x.as_str().chars().zip(y.chars()) {
            table.set(Value::Int(a as i64), Value::Int(b as i64))?;
        }
        if let Some(z) = args.get(2) {
            for c in str_arg(z, "maketrans() argument 3")?.chars() {
                table.set(Value::Int(c as i64), Value::None)?;
            }
        }
    }
    Ok(Value::Dict(std::rc::Rc::new(table)))
}

// Special methods, called explicitly (`s.__len__()`); operators do not come through here.

fn dunder_len(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 0)?;
    Ok(Value::Int(recv(v)?.char_len() as i64))
}

fn dunder_contains(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 1)?;
    match sv(&args[0]) {
        Value::Str(n) => Ok(Value::Bool(recv(v)?.as_str().contains(n.as_str()))),
        other => Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            other.type_name()
        ))),
    }
}

fn dunder_getitem(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 1)?;
    crate::ops::getitem(v, &args[0])
}

fn dunder_add(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 1)?;
    match sv(&args[0]) {
        Value::Str(o) => Ok(new_str(format!("{}{}", recv(v)?.as_str(), o.as_str()))),
        other => Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            other.type_name()
        ))),
    }
}

fn dunder_mul(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 1)?;
    let n = crate::ops::index_of(&args[0])?;
    crate::ops::binop(crate::ops::BinOp::Mul, v, &Value::Int(n))
}

fn dunder_mod(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 1)?;
    crate::format::percent::format_str(recv(v)?.as_str(), &args[0])
}

fn compare(
    v: &Value,
    args: &[Value],
    kw: Kw,
    test: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    slot_args(args, kw, 1)?;
    match sv(&args[0]) {
        Value::Str(o) => Ok(Value::Bool(test(recv(v)?.as_str().cmp(o.as_str())))),
        _ => Ok(Value::NotImplemented),
    }
}

fn dunder_eq(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare(v, args, kw, |o| o.is_eq())
}

fn dunder_ne(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare(v, args, kw, |o| o.is_ne())
}

fn dunder_lt(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare(v, args, kw, |o| o.is_lt())
}

fn dunder_le(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare(v, args, kw, |o| o.is_le())
}

fn dunder_gt(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare(v, args, kw, |o| o.is_gt())
}

fn dunder_ge(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare(v, args, kw, |o| o.is_ge())
}

fn dunder_hash(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 0)?;
    Ok(Value::Int(crate::hash::hash_value(v)?))
}

fn dunder_iter(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 0)?;
    crate::types::iter::iter(v)
}

fn dunder_str(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 0)?;
    Ok(v.clone())
}

fn dunder_repr(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 0)?;
    Ok(new_str(crate::ops::repr_str(recv(v)?.as_str())))
}

fn dunder_format(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one("str", "__format__", args, kw)?;
    let spec = match &args[0] {
        Value::Str(s) => s.as_str(),
        other => {
            return Err(type_error(format!(
                "__format__() argument must be str, not {}",
                other.type_name()
            )));
        }
    };
    crate::format::format_value(v, spec).map(new_str)
}
