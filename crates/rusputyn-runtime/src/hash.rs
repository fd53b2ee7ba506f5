//! `hash()`: CPython 3.11's hash functions, bit for bit, so that `hash(x)` prints the same
//! value and hash-ordered containers (`set`) iterate in the same order as CPython run with
//! `PYTHONHASHSEED=0` (SipHash-1-3 with a zero key for `str`/`bytes`; numeric hashes modulo
//! the Mersenne prime 2**61 - 1, per "Hashing of numeric types" in the stdlib docs).

use crate::err::type_error;
use crate::value::{PyResult, Value};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use siphasher::sip::SipHasher13;
use std::hash::Hasher;

/// The modulus of numeric hashes: 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
const INF: i64 = 314159;

fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// Hash of a 64-bit int.
pub fn hash_i64(v: i64) -> i64 {
    let m = (v.unsigned_abs() % MODULUS) as i64;
    fix(if v < 0 { -m } else { m })
}

/// Hash of a big int.
pub fn hash_bigint(v: &BigInt) -> i64 {
    let m = (v.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    fix(if v.sign() == Sign::Minus { -m } else { m })
}

/// Hash of a float (`_Py_HashDouble`); NaN hashes like CPython 3.10+ only by identity, so
/// here all NaNs share one arbitrary value.
pub fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { INF } else { -INF };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = crate::types::float::frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    fix((x as i64) * sign)
}

fn siphash(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    let mut h = SipHasher13::new_with_keys(0, 0);
    h.write(bytes);
    fix(h.finish() as i64)
}

/// A name the runtime itself looks up (`__call__`, `__getattr__`, ...) with its
/// [`hash_str`] computed at compile time: `const CALL: Name = Name::new("__call__");`.
pub struct Name {
    /// The name.
    pub text: &'static str,
    /// `hash_str(text)`.
    pub hash: i64,
}

impl Name {
    /// The name `text` (ASCII) with its hash.
    pub const fn new(text: &'static str) -> Name {
        Name {
            text,
            hash: hash_ascii(text),
        }
    }
}

/// [`hash_str`] of an ASCII name, computable at compile time (`const`), for names the
/// runtime looks up itself (`__class__`, `__lt__`, ...). Panics (at compile time, for a
/// `const`) on non-ASCII text, whose hash depends on the code-point width.
pub const fn hash_ascii(s: &str) -> i64 {
    let bytes = s.as_bytes();
    assert!(s.is_ascii(), "hash_ascii: non-ASCII name");
    if bytes.is_empty() {
        return 0;
    }
    // SipHash-1-3 with a zero key: one compression round per 8-byte word, three at the end.
    let mut v = [
        0x736f_6d65_7073_6575u64,
        0x646f_7261_6e64_6f6du64,
        0x6c79_6765_6e65_7261u64,
        0x7465_6462_7974_6573u64,
    ];
    const fn round(mut v: [u64; 4]) -> [u64; 4] {
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
        v
    }
    let whole = bytes.len() / 8 * 8;
    let mut i = 0;
    while i < whole {
        let mut m = 0u64;
        let mut k = 0;
        while k < 8 {
            m |= (bytes[i + k] as u64) << (8 * k);
            k += 1;
        }
        v[3] ^= m;
        v = round(v);
        v[0] ^= m;
        i += 8;
    }
    let mut last = (bytes.len() as u64) << 56;
    let mut k = 0;
    while whole + k < bytes.len() {
        last |= (bytes[whole + k] as u64) << (8 * k);
        k += 1;
    }
    v[3] ^= last;
    v = round(v);
    v[0] ^= last;
    v[2] ^= 0xff;
    v = round(round(round(v)));
    let h = (v[0] ^ v[1] ^ v[2] ^ v[3]) as i64;
    if h == -1 { -2 } else { h }
}

/// Hash of a `str`: SipHash-1-3 over CPython's internal representation (1, 2 or 4 bytes per
/// code point, chosen by the widest code point).
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return siphash(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(s.len() * 4);
    for c in s.chars() {
        let c = c as u32;
        if max < 256 {
            buf.push(c as u8);
        } else if max < 65536 {
            buf.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            buf.extend_from_slice(&c.to_le_bytes());
        }
    }
    siphash(&buf)
}

/// Hash of a `bytes`.
pub fn hash_bytes(b: &[u8]) -> i64 {
    siphash(b)
}

/// Hash of a tuple from its items' hashes (CPython 3.8+'s xxHash-based `tuplehash`).
pub fn hash_tuple_items(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = hashes.len() as u64;
    let mut acc: u64 = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// Hash of an object by identity (`object.__hash__`): the address rotated right by 4.
pub fn hash_pointer(p: usize) -> i64 {
    fix(p.rotate_right(4) as i64)
}

/// `hash(v)`.
pub fn hash_value(v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::None => hash_pointer(0x9e3779b9),
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_i64(*i),
        Value::BigInt(b) => hash_bigint(b),
        Value::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 9.2e18 {
                hash_i64(*f as i64)
            } else {
                hash_f64(*f)
            }
        }
        Value::Complex(z) => crate::types::complex::hash(**z),
        Value::Str(s) => s.cached_hash(hash_str),
        Value::Bytes(b) => hash_bytes(b),
        Value::Tuple(t) => {
            let hs: Vec<i64> = t.items().iter().map(hash_value).collect::<PyResult<_>>()?;
            hash_tuple_items(hs.into_iter())
        }
        Value::FrozenSet(s) => s.frozen_hash()?,
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::ByteArray(_) => {
            return Err(type_error(format!("unhashable type: '{}'", v.type_name())));
        }
        // `dict_keys` and `dict_items` are set-like, hence unhashable; `dict_values` keeps
        // object's identity hash.
        Value::DictView(dv) if !matches!(dv.kind, crate::types::iter::DictIterKind::Values) => {
            return Err(type_error(format!("unhashable type: '{}'", v.type_name())));
        }
        Value::Instance(_) => return crate::types::object::instance_hash(v),
        Value::BoundMethod(m) => return crate::types::function_attrs::bound_method_hash(m),
        Value::Range(r) => r.hash()?,
        other => hash_pointer(crate::ops::id_of(other) as usize),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn const_hash_matches_runtime_hash() {
        const LT: i64 = hash_ascii("__lt__");
        assert_eq!(LT, hash_str("__lt__"));
        for op in crate::ops::CmpOp::ALL {
            assert_eq!(op.dunder_hash(), hash_str(op.dunder()), "{op:?}");
        }
        let mut name = String::new();
        for len in 0..40 {
            assert_eq!(hash_ascii(&name), hash_str(&name), "{name:?}");
            name.push((b'a' + (len * 7 % 26) as u8) as char);
        }
        for n in [
            "__class__",
            "major",
            "__call__",
            "x",
            "a_much_longer_attribute_name_",
        ] {
            assert_eq!(hash_ascii(n), hash_str(n), "{n}");
        }
    }
}
