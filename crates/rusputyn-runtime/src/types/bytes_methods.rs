//! Methods of `bytes` (Python docs, "Bytes and Bytearray Operations"), with CPython 3.11's
//! results and argument errors. Character classes and case changes are ASCII-only, as for
//! CPython's `bytes`; text encodings live in `types::str::codec`.

use crate::err::{PyErr, type_error, value_error};
use crate::types::bytearray::buffer;
use crate::types::class::BuiltinType;
use crate::types::function::Kw;
use crate::types::methods::MethodEntry;
use crate::types::str::args::{
    MAX_LEN, adjust_indices, clinic_args, exact_one, keyword_args, legacy_args, no_args,
    slice_index, slot_args, width_arg,
};
use crate::types::str::codec;
use crate::value::{PyResult, Value};
use std::borrow::Cow;

/// The `bytes` method table.
pub static METHODS: &[MethodEntry] = &[
    ("capitalize", capitalize),
    ("center", center),
    ("count", count),
    ("decode", decode),
    ("endswith", endswith),
    ("expandtabs", expandtabs),
    ("find", find),
    ("fromhex", fromhex),
    ("hex", hex),
    ("index", index),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isascii", isascii),
    ("isdigit", isdigit),
    ("islower", islower),
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
    ("__str__", dunder_repr),
];

fn recv(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    match v {
        Value::Bytes(_) | Value::ByteArray(_) => Ok(buffer(v).unwrap_or_default()),
        other => Err(type_error(format!(
            "descriptor for 'bytes' objects doesn't apply to a '{}' object",
            other.type_name()
        ))),
    }
}

/// True when `v` (a receiver, or the class a class method was looked up on) is a
/// `bytearray`: the methods shared with `bytes` then return `bytearray`s.
fn mutable(v: &Value) -> bool {
    match v {
        Value::ByteArray(_) => true,
        Value::Class(c) => c.derives_from(BuiltinType::ByteArray),
        _ => false,
    }
}

/// The type name messages use for the receiver.
fn ty(v: &Value) -> &'static str {
    if mutable(v) { "bytearray" } else { "bytes" }
}

/// A result of the receiver's type: `bytes`, or `bytearray` for a `bytearray` receiver.
fn new_bytes_like(v: &Value, b: Vec<u8>) -> Value {
    if mutable(v) {
        Value::bytearray(b)
    } else {
        Value::Bytes(b.into())
    }
}

/// The receiver unchanged: the same `bytes` object, or a copy of a `bytearray`.
fn unchanged(v: &Value) -> PyResult<Value> {
    match v {
        Value::ByteArray(b) => Ok(Value::bytearray(b.snapshot())),
        other => Ok(other.clone()),
    }
}

/// A bytes-like argument: `TypeError: a bytes-like object is required, not 'str'`.
pub(crate) fn bytes_arg(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    buffer(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

/// The "sub" of `find`/`count`/`index` and the needle of `in`: bytes-like, or an int naming
/// one byte.
pub(crate) fn sub_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b.into_owned());
    }
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let i = crate::ops::index_of(v).unwrap_or(-1);
            u8::try_from(i)
                .map(|b| vec![b])
                .map_err(|_| value_error("byte must be in range(0, 256)"))
        }
        other => Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            other.type_name()
        ))),
    }
}

/// `Py_ISSPACE` for bytes: space, `\t`, `\n`, `\v`, `\f`, `\r`.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn count_sub(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_sub(&hay[i..], needle) {
        n += 1;
        i += p + needle.len();
    }
    n
}

// Searching.

/// Parses `(sub[, start[, end]])`; `None` when the slice is too short to hold `sub`.
fn search(
    name: &str,
    v: &Value,
    args: &[Value],
    kw: Kw,
) -> PyResult<Option<(Vec<u8>, usize, usize)>> {
    legacy_args(ty(v), name, args, kw, 1, 3)?;
    let hay = recv(v)?;
    let hay: &[u8] = &hay;
    let needle = sub_arg(&args[0])?;
    let (start, end) = adjust_indices(
        slice_index(args.get(1))?,
        slice_index(args.get(2))?,
        hay.len(),
    );
    if end - start < needle.len() as i64 {
        return Ok(None);
    }
    Ok(Some((needle, start as usize, end as usize)))
}

fn find_impl(name: &str, v: &Value, args: &[Value], kw: Kw, last: bool) -> PyResult<Option<usize>> {
    let Some((needle, start, end)) = search(name, v, args, kw)? else {
        return Ok(None);
    };
    let hay = &recv(v)?[start..end];
    Ok(if last {
        rfind_sub(hay, &needle)
    } else {
        find_sub(hay, &needle)
    }
    .map(|i| i + start))
}

fn find(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl("find", v, args, kw, false)?.map_or(-1, |i| i as i64),
    ))
}

fn rfind(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl("rfind", v, args, kw, true)?.map_or(-1, |i| i as i64),
    ))
}

fn index(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_impl("index", v, args, kw, false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("subsection not found"))
}

fn rindex(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_impl("rindex", v, args, kw, true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("subsection not found"))
}

fn count(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some((needle, start, end)) = search("count", v, args, kw)? else {
        return Ok(Value::Int(0));
    };
    Ok(Value::Int(count_sub(&recv(v)?[start..end], &needle) as i64))
}

fn tail_match(name: &str, v: &Value, args: &[Value], kw: Kw, at_end: bool) -> PyResult<Value> {
    legacy_args(ty(v), name, args, kw, 1, 3)?;
    let hay = recv(v)?;
    let hay: &[u8] = &hay;
    let (start, end) = adjust_indices(
        slice_index(args.get(1))?,
        slice_index(args.get(2))?,
        hay.len(),
    );
    let test = |p: &[u8]| -> bool {
        if end - start < p.len() as i64 || start > hay.len() as i64 {
            return false;
        }
        let sub = &hay[start as usize..end as usize];
        if at_end {
            sub.ends_with(p)
        } else {
            sub.starts_with(p)
        }
    };
    match &args[0] {
        p if let Some(p) = buffer(p) => Ok(Value::Bool(test(&p))),
        Value::Tuple(t) => {
            for p in t.items() {
                if test(&bytes_arg(p)?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
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

fn split_impl(name: &str, v: &Value, args: &[Value], kw: Kw, from_right: bool) -> PyResult<Value> {
    let [sep, maxsplit] = keyword_args(name, args, kw, ["sep", "maxsplit"])?;
    let text = recv(v)?;
    let text: &[u8] = &text;
    let mut maxcount = maxsplit_arg(maxsplit.as_ref())?;
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        None | Some(Value::None) => {
            // Whitespace runs separate; see `str.split` for the rules.
            let (mut lo, mut hi) = (0, text.len());
            while maxcount > 0 {
                if from_right {
                    while hi > lo && is_space(text[hi - 1]) {
                        hi -= 1;
                    }
                    if hi == lo {
                        break;
                    }
                    let mut j = hi;
                    while j > lo && !is_space(text[j - 1]) {
                        j -= 1;
                    }
                    parts.push(&text[j..hi]);
                    hi = j;
                } else {
                    while lo < hi && is_space(text[lo]) {
                        lo += 1;
                    }
                    if lo == hi {
                        break;
                    }
                    let mut j = lo;
                    while j < hi && !is_space(text[j]) {
                        j += 1;
                    }
                    parts.push(&text[lo..j]);
                    lo = j;
                }
                maxcount -= 1;
            }
            if from_right {
                while hi > lo && is_space(text[hi - 1]) {
                    hi -= 1;
                }
            } else {
                while lo < hi && is_space(text[lo]) {
                    lo += 1;
                }
            }
            if lo < hi {
                parts.push(&text[lo..hi]);
            }
        }
        Some(s) => {
            let sep = bytes_arg(s)?;
            let sep: &[u8] = &sep;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut rest = text;
            while maxcount > 0 {
                let found = if from_right {
                    rfind_sub(rest, sep)
                } else {
                    find_sub(rest, sep)
                };
                let Some(i) = found else { break };
                if from_right {
                    parts.push(&rest[i + sep.len()..]);
                    rest = &rest[..i];
                } else {
                    parts.push(&rest[..i]);
                    rest = &rest[i + sep.len()..];
                }
                maxcount -= 1;
            }
            parts.push(rest);
        }
    }
    if from_right {
        parts.reverse();
    }
    Ok(Value::list(
        parts
            .into_iter()
            .map(|p| new_bytes_like(v, p.to_vec()))
            .collect(),
    ))
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
    let text = recv(v)?;
    let text: &[u8] = &text;
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < text.len() {
        let c = text[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && text.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(new_bytes_like(
                v,
                text[start..if keepends { end } else { i }].to_vec(),
            ));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < text.len() {
        out.push(new_bytes_like(v, text[start..].to_vec()));
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
    exact_one(ty(v), name, args, kw)?;
    let sep = bytes_arg(&args[0])?;
    let sep: &[u8] = &sep;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let text = recv(v)?;
    let text: &[u8] = &text;
    let found = if from_right {
        rfind_sub(text, sep)
    } else {
        find_sub(text, sep)
    };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [&text[..i], sep, &text[i + sep.len()..]],
        None if from_right => [b"", b"", text],
        None => [text, b"", b""],
    };
    Ok(Value::tuple(
        parts
            .iter()
            .map(|p| new_bytes_like(v, p.to_vec()))
            .collect(),
    ))
}

fn partition(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl("partition", v, args, kw, false)
}

fn rpartition(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl("rpartition", v, args, kw, true)
}

fn join(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one(ty(v), "join", args, kw)?;
    let sep = recv(v)?;
    let sep: &[u8] = &sep;
    let it = crate::types::iter::iter(&args[0]).map_err(|e| {
        if e.is(BuiltinType::TypeError) {
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(item) = crate::types::iter::next(&it)? {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        match &item {
            b if let Some(b) = buffer(b) => out.extend_from_slice(&b),
            other => {
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    other.type_name()
                )));
            }
        }
        i += 1;
    }
    Ok(new_bytes_like(v, out))
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
    clinic_args(ty(v), name, args, kw, 0, 1)?;
    let text = recv(v)?;
    let text: &[u8] = &text;
    let set: Option<Cow<'_, [u8]>> = match args.first() {
        None | Some(Value::None) => None,
        Some(s) => Some(bytes_arg(s)?),
    };
    let set = set.as_deref();
    let strip_it = |b: u8| match set {
        None => is_space(b),
        Some(s) => s.contains(&b),
    };
    let (mut lo, mut hi) = (0, text.len());
    if left {
        while lo < hi && strip_it(text[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip_it(text[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(new_bytes_like(v, text[lo..hi].to_vec()))
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
    clinic_args(ty(v), "replace", args, kw, 2, 3)?;
    let old = bytes_arg(&args[0])?;
    let old: &[u8] = &old;
    let new = bytes_arg(&args[1])?;
    let new: &[u8] = &new;
    let mut count = match args.get(2) {
        Some(c) => crate::ops::index_of(c)?,
        None => -1,
    };
    let text = recv(v)?;
    let text: &[u8] = &text;
    let mut out = Vec::with_capacity(text.len());
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        for (i, &b) in text.iter().enumerate() {
            if count != 0 {
                out.extend_from_slice(new);
                count -= 1;
            } else {
                out.extend_from_slice(&text[i..]);
                return Ok(new_bytes_like(v, out));
            }
            out.push(b);
        }
        if count != 0 {
            out.extend_from_slice(new);
        }
        return Ok(new_bytes_like(v, out));
    }
    let mut rest = text;
    while count != 0 {
        let Some(i) = find_sub(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        rest = &rest[i + old.len()..];
        count -= 1;
    }
    out.extend_from_slice(rest);
    Ok(new_bytes_like(v, out))
}

fn removeprefix(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one(ty(v), "removeprefix", args, kw)?;
    let p = bytes_arg(&args[0])?;
    let p: &[u8] = &p;
    let text = recv(v)?;
    let text: &[u8] = &text;
    Ok(new_bytes_like(
        v,
        text.strip_prefix(p).unwrap_or(text).to_vec(),
    ))
}

fn removesuffix(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one(ty(v), "removesuffix", args, kw)?;
    let p = bytes_arg(&args[0])?;
    let p: &[u8] = &p;
    let text = recv(v)?;
    let text: &[u8] = &text;
    Ok(new_bytes_like(
        v,
        text.strip_suffix(p).unwrap_or(text).to_vec(),
    ))
}

fn justify(name: &str, v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    clinic_args(ty(v), name, args, kw, 1, 2)?;
    let width = width_arg(&args[0])?;
    let fill = match args.get(1) {
        None => b' ',
        Some(b) if let Some(b) = buffer(b).filter(|b| b.len() == 1) => b[0],
        Some(other) => {
            return Err(type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {}",
                other.type_name()
            )));
        }
    };
    let text = recv(v)?;
    let text: &[u8] = &text;
    if width <= text.len() {
        return unchanged(v);
    }
    let marg = width - text.len();
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(text);
    out.resize(width, fill);
    Ok(new_bytes_like(v, out))
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
    exact_one(ty(v), "zfill", args, kw)?;
    let width = width_arg(&args[0])?;
    let text = recv(v)?;
    let text: &[u8] = &text;
    if width <= text.len() {
        return unchanged(v);
    }
    let mut out = vec![b'0'; width - text.len()];
    out.extend_from_slice(text);
    let fill = width - text.len();
    if matches!(text.first(), Some(b'+' | b'-')) {
        out.swap(0, fill);
    }
    Ok(new_bytes_like(v, out))
}

fn expandtabs(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [tabsize] = keyword_args("expandtabs", args, kw, ["tabsize"])?;
    let tabsize = match &tabsize {
        None => 8,
        Some(t) => tabsize_arg(t)?,
    };
    let mut out = Vec::new();
    let mut col: i64 = 0;
    for &b in recv(v)?.iter() {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    if out.len() as i64 + n > MAX_LEN as i64 {
                        return Err(PyErr::bare(BuiltinType::MemoryError));
                    }
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(new_bytes_like(v, out))
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

// ASCII case conversion and predicates.

fn map_bytes(
    name: &str,
    v: &Value,
    args: &[Value],
    kw: Kw,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    no_args(ty(v), name, args, kw)?;
    Ok(new_bytes_like(v, f(&recv(v)?)))
}

fn upper(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_bytes("upper", v, args, kw, |b| b.to_ascii_uppercase())
}

fn lower(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_bytes("lower", v, args, kw, |b| b.to_ascii_lowercase())
}

fn swapcase(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_bytes("swapcase", v, args, kw, |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn title(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_bytes("title", v, args, kw, |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn capitalize(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_bytes("capitalize", v, args, kw, |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn all_bytes(
    name: &str,
    v: &Value,
    args: &[Value],
    kw: Kw,
    pred: fn(u8) -> bool,
) -> PyResult<Value> {
    no_args(ty(v), name, args, kw)?;
    let b = recv(v)?;
    let b: &[u8] = &b;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(|&c| pred(c))))
}

fn isalnum(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_bytes("isalnum", v, args, kw, |c| c.is_ascii_alphanumeric())
}

fn isalpha(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_bytes("isalpha", v, args, kw, |c| c.is_ascii_alphabetic())
}

fn isdigit(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_bytes("isdigit", v, args, kw, |c| c.is_ascii_digit())
}

fn isspace(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    all_bytes("isspace", v, args, kw, is_space)
}

fn isascii(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(ty(v), "isascii", args, kw)?;
    Ok(Value::Bool(recv(v)?.is_ascii()))
}

fn islower(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(ty(v), "islower", args, kw)?;
    let b = recv(v)?;
    let b: &[u8] = &b;
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
    ))
}

fn isupper(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(ty(v), "isupper", args, kw)?;
    let b = recv(v)?;
    let b: &[u8] = &b;
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
    ))
}

fn istitle(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args(ty(v), "istitle", args, kw)?;
    let (mut cased, mut prev_cased) = (false, false);
    for &c in recv(v)?.iter() {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
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

// Decoding, hex, translation.

fn decode(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [encoding, errors] = keyword_args("decode", args, kw, ["encoding", "errors"])?;
    codec::decode_args("decode", &recv(v)?, encoding.as_ref(), errors.as_ref()).map(Value::string)
}

/// `b.hex([sep[, bytes_per_sep]])`: separators every `bytes_per_sep` bytes counted from the
/// right (from the left when negative).
fn hex(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [sep, per] = keyword_args("hex", args, kw, ["sep", "bytes_per_sep"])?;
    let sep: Option<char> = match &sep {
        None | Some(Value::None) => None,
        Some(s) => {
            let units: Vec<u32> = match s {
                Value::Str(s) => s.as_str().chars().map(|c| c as u32).collect(),
                b if let Some(b) = buffer(b) => b.iter().map(|&b| b as u32).collect(),
                other => {
                    return Err(type_error(format!(
                        "object of type '{}' has no len()",
                        other.type_name()
                    )));
                }
            };
            if units.len() != 1 {
                return Err(value_error("sep must be length 1."));
            }
            match char::from_u32(units[0]).filter(char::is_ascii) {
                Some(c) => Some(c),
                None => return Err(value_error("sep must be ASCII.")),
            }
        }
    };
    let per = match &per {
        None => 1,
        Some(p) => crate::ops::index_of(p)?,
    };
    let b = recv(v)?;
    let b: &[u8] = &b;
    let digits = |x: &u8| format!("{x:02x}");
    let Some(sep) = sep.filter(|_| per != 0 && !b.is_empty()) else {
        return Ok(Value::string(b.iter().map(digits).collect()));
    };
    let n = per.unsigned_abs() as usize;
    // Group boundaries: counted from the end for a positive count, from the start otherwise.
    let first = if per > 0 {
        match b.len() % n {
            0 => n,
            r => r,
        }
    } else {
        n
    };
    let mut out = String::with_capacity(b.len() * 3);
    for (i, x) in b.iter().enumerate() {
        if i > 0 && (i >= first && (i - first) % n == 0) {
            out.push(sep);
        }
        out.push_str(&digits(x));
    }
    Ok(Value::string(out))
}

/// `bytes.fromhex(string)`: a class method, so the receiver is ignored. ASCII whitespace
/// may separate byte pairs.
pub fn fromhex(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one(ty(v), "fromhex", args, kw)?;
    let Value::Str(s) = &args[0] else {
        return Err(type_error(format!(
            "fromhex() argument must be str, not {}",
            args[0].type_name()
        )));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let invalid = |pos: usize| {
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    let space = |c: char| c.is_ascii() && is_space(c as u8);
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if space(chars[i]) {
            while i < chars.len() && space(chars[i]) {
                i += 1;
            }
            if i >= chars.len() {
                break;
            }
        }
        let top = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or_else(|| invalid(i))?;
        i += 1;
        let bot = chars
            .get(i)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()))
            .ok_or_else(|| invalid(i))?;
        i += 1;
        out.push((top * 16 + bot) as u8);
    }
    let made = new_bytes_like(v, out);
    // On a subclass, `cls.fromhex(s)` is `cls(<the bytes>)`.
    match v {
        Value::Class(c) if c.builtin.is_none() => crate::call::call(v, &[made]),
        _ => Ok(made),
    }
}

fn translate(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        clinic_args(ty(v), "translate", args, &[], 1, 2)?;
    }
    let mut delete: Cow<'_, [u8]> = Cow::Borrowed(b"");
    for (k, val) in kw {
        if *k == "delete" && args.len() < 2 {
            delete = bytes_arg(val)?;
        } else {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for translate()"
            )));
        }
    }
    if let Some(d) = args.get(1) {
        delete = bytes_arg(d)?;
    }
    let table: Option<Cow<'_, [u8]>> = match &args[0] {
        Value::None => None,
        t => {
            let t = bytes_arg(t)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let out = recv(v)?
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(new_bytes_like(v, out))
}

/// `bytes.maketrans(frm, to)`: a static method; the receiver is ignored.
pub fn maketrans(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    clinic_args(ty(v), "maketrans", args, kw, 2, 2)?;
    let frm = bytes_arg(&args[0])?;
    let frm: &[u8] = &frm;
    let to = bytes_arg(&args[1])?;
    let to: &[u8] = &to;
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&a, &b) in frm.iter().zip(to) {
        table[a as usize] = b;
    }
    Ok(Value::Bytes(table.into()))
}

// Special methods, called explicitly (`b.__len__()`).

fn dunder_len(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 0)?;
    Ok(Value::Int(recv(v)?.len() as i64))
}

fn dunder_contains(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 1)?;
    Ok(Value::Bool(crate::ops::contains(v, &args[0])?))
}

fn dunder_getitem(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 1)?;
    crate::ops::getitem(v, &args[0])
}

fn dunder_add(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 1)?;
    match buffer(&args[0]) {
        Some(o) => Ok(new_bytes_like(v, [&recv(v)?[..], &o[..]].concat())),
        None => Err(type_error(format!(
            "can't concat {} to {}",
            args[0].type_name(),
            ty(v)
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
    crate::ops::binop(crate::ops::BinOp::Mod, v, &args[0])
}

fn compare(
    v: &Value,
    args: &[Value],
    kw: Kw,
    test: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    slot_args(args, kw, 1)?;
    match buffer(&args[0]) {
        Some(o) => Ok(Value::Bool(test(recv(v)?.cmp(&o)))),
        None => Ok(Value::NotImplemented),
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

fn dunder_repr(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 0)?;
    recv(v)?;
    crate::ops::repr_of(v).map(Value::string)
}
