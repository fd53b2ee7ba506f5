//! `complex`: a pair of floats, boxed in `Value::Complex`, with CPython 3.11's
//! semantics — `repr` (each part formatted like `repr(float)` without `.0`, the real part
//! omitted when it is `+0.0`), the string constructor's grammar, the division algorithm of
//! `_Py_c_quot` (scaling by the larger divisor component), `**` by repeated squaring for
//! small integral exponents and through polar form otherwise, the numeric hash, and the
//! operand coercions (an `int` or `float` operand becomes `complex(x, 0.0)`).

use crate::err::{overflow_error, type_error, value_error, zero_division};
use crate::ops::BinOp;
use crate::types::function::{Kw, check_arity, no_kwargs, take_kwargs};
use crate::types::int;
use crate::types::methods::MethodEntry;
use crate::value::{PyResult, Value};

/// A complex number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PyComplex {
    /// Real part.
    pub re: f64,
    /// Imaginary part.
    pub im: f64,
}

impl PyComplex {
    /// `complex(re, im)`: a new complex object, so a NaN part gets an identity of its own
    /// (see `types/nan.rs`: a complex number's identity is its parts' bits).
    #[inline]
    pub fn new(re: f64, im: f64) -> PyComplex {
        PyComplex {
            re: crate::types::nan::fresh(re),
            im: crate::types::nan::fresh(im),
        }
    }

    /// `a / b` as `_Py_c_quot`: `None` when `b` is zero.
    pub fn quot(self, b: PyComplex) -> Option<PyComplex> {
        let (a, abs_re, abs_im) = (self, b.re.abs(), b.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(PyComplex::new(
                (a.re + a.im * ratio) / denom,
                (a.im - a.re * ratio) / denom,
            ))
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(PyComplex::new(
                (a.re * ratio + a.im) / denom,
                (a.im * ratio - a.re) / denom,
            ))
        } else {
            // At least one component of the divisor is a NaN.
            Some(PyComplex::new(f64::NAN, f64::NAN))
        }
    }

    /// `abs(z)` (`_Py_c_abs`): infinities win over NaNs; a finite overflow is an error.
    pub fn abs(self) -> PyResult<f64> {
        if !self.re.is_finite() || !self.im.is_finite() {
            if self.re.is_infinite() {
                return Ok(self.re.abs());
            }
            if self.im.is_infinite() {
                return Ok(self.im.abs());
            }
            return Ok(f64::NAN);
        }
        let r = self.re.hypot(self.im);
        if r.is_infinite() {
            return Err(overflow_error("absolute value too large"));
        }
        Ok(r)
    }

    /// True for `0j` (either sign of zero in each part).
    pub fn is_zero(self) -> bool {
        self.re == 0.0 && self.im == 0.0
    }
}

impl std::ops::Add for PyComplex {
    type Output = PyComplex;
    /// `a + b`.
    fn add(self, b: PyComplex) -> PyComplex {
        PyComplex::new(self.re + b.re, self.im + b.im)
    }
}

impl std::ops::Sub for PyComplex {
    type Output = PyComplex;
    /// `a - b`.
    fn sub(self, b: PyComplex) -> PyComplex {
        PyComplex::new(self.re - b.re, self.im - b.im)
    }
}

impl std::ops::Mul for PyComplex {
    type Output = PyComplex;
    /// `a * b` (the textbook formula, as `_Py_c_prod`).
    fn mul(self, b: PyComplex) -> PyComplex {
        PyComplex::new(
            self.re * b.re - self.im * b.im,
            self.re * b.im + self.im * b.re,
        )
    }
}

/// `z ** n` for `n >= 0` by binary powering (`c_powu`).
fn powu(x: PyComplex, n: u64) -> PyComplex {
    let mut r = PyComplex::new(1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = r * p;
        }
        mask <<= 1;
        p = p * p;
    }
    r
}

/// `a ** b` (`complex_pow`): integral exponents up to 100 in magnitude by repeated
/// multiplication, others through the polar form; CPython's errors for `0 ** negative`
/// and for infinite results.
pub fn pow(a: PyComplex, b: PyComplex) -> PyResult<PyComplex> {
    let domain = || zero_division("0.0 to a negative or complex power");
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n > 0 {
            powu(a, n as u64)
        } else {
            PyComplex::new(1.0, 0.0)
                .quot(powu(a, n.unsigned_abs()))
                .ok_or_else(domain)?
        }
    } else if b.re == 0.0 && b.im == 0.0 {
        PyComplex::new(1.0, 0.0)
    } else if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(domain());
        }
        PyComplex::new(0.0, 0.0)
    } else {
        let vabs = a.re.hypot(a.im);
        let mut len = vabs.powf(b.re);
        let at = a.im.atan2(a.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        PyComplex::new(len * phase.cos(), len * phase.sin())
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(overflow_error("complex exponentiation"));
    }
    Ok(r)
}

/// One part of a complex repr: `repr(float)` without the `.0` of integral values; with
/// `sign` a `+` is added to non-negative numbers (NaNs included: they never print a `-`).
fn part(x: f64, sign: bool) -> String {
    let s = crate::format::spec::double_to_string(
        x,
        'r',
        0,
        crate::format::spec::FloatFlags::default(),
    );
    if sign && !s.starts_with('-') {
        format!("+{s}")
    } else {
        s
    }
}

/// `repr(z)` / `str(z)`: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
pub fn repr(z: PyComplex) -> String {
    if z.re == 0.0 && z.re.is_sign_positive() {
        format!("{}j", part(z.im, false))
    } else {
        format!("({}{}j)", part(z.re, false), part(z.im, true))
    }
}

/// `hash(z)`: the real part's hash plus 1000003 times the imaginary part's.
pub fn hash(z: PyComplex) -> i64 {
    let re = crate::hash::hash_f64(z.re) as u64;
    let im = crate::hash::hash_f64(z.im) as u64;
    let h = re.wrapping_add(im.wrapping_mul(1000003)) as i64;
    if h == -1 { -2 } else { h }
}

/// The value of a numeric operand of a complex operation: `int`, `bool`, `float` or
/// `complex` (an `int` beyond the float range is an `OverflowError`); `None` for anything
/// else, so the other operand's reflected method gets its turn.
pub fn operand(v: &Value) -> Option<PyResult<PyComplex>> {
    Some(Ok(match v {
        Value::Complex(z) => **z,
        Value::Float(f) => PyComplex::new(*f, 0.0),
        Value::Int(i) => PyComplex::new(*i as f64, 0.0),
        Value::Bool(b) => PyComplex::new(*b as i64 as f64, 0.0),
        Value::BigInt(b) => match int::to_f64(b) {
            Ok(f) => PyComplex::new(f, 0.0),
            Err(e) => return Some(Err(e)),
        },
        _ => return None,
    }))
}

/// `a <op> b` where one operand is a complex; `None` when the other operand is not a
/// number or the operator is not defined on complex numbers (the caller then reports
/// CPython's "unsupported operand" error or tries the reflected method).
pub fn binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow
    ) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (operand(a), operand(b)) else {
        return Ok(None);
    };
    let (x, y) = (x?, y?);
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => x
            .quot(y)
            .ok_or_else(|| zero_division("complex division by zero"))?,
        _ => pow(x, y)?,
    };
    Ok(Some(Value::complex(r)))
}

/// `a == b` where one operand is a complex and the other a number (`None` otherwise): a
/// complex equals a real number when its imaginary part is zero and its real part equals
/// the number exactly (no rounding of big ints).
pub fn eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (z, other) = match (a, b) {
        (Value::Complex(z), o) | (o, Value::Complex(z)) => (**z, o),
        _ => return Ok(None),
    };
    Ok(Some(match other {
        Value::Complex(w) => z.re == w.re && z.im == w.im,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => {
            z.im == 0.0 && crate::ops::compare(&Value::Float(z.re), other, crate::ops::CmpOp::Eq)?
        }
        _ => return Ok(None),
    }))
}

/// Whether `v` can be the real part of `complex(v)` (CPython: a complex, or any object
/// with `__float__` or `__index__`).
fn is_number(v: &Value) -> bool {
    match v {
        Value::Complex(_) | Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            true
        }
        Value::Instance(inst) => ["__float__", "__index__", "__complex__"]
            .iter()
            .any(|m| inst.class.lookup(m).is_some_and(|f| !f.is_none())),
        _ => false,
    }
}

/// `x.__complex__()` if `x` defines it, checked to return a complex.
fn complex_hook(v: &Value) -> PyResult<Option<PyComplex>> {
    if !matches!(v, Value::Instance(_)) {
        return Ok(None);
    }
    match crate::types::object::call_dunder_opt(v, "__complex__", &[])? {
        None => Ok(None),
        Some(Value::Complex(z)) => Ok(Some(*z)),
        Some(other) => Err(type_error(format!(
            "__complex__ returned non-complex (type {})",
            other.type_name()
        ))),
    }
}

/// `complex(v)` for any object: `__complex__`, else a real number through `__float__` /
/// `__index__`. Used by `cmath` for its arguments.
pub fn coerce(v: &Value) -> PyResult<PyComplex> {
    if let Value::Complex(z) = v {
        return Ok(**z);
    }
    if let Some(z) = complex_hook(v)? {
        return Ok(z);
    }
    match v {
        Value::Float(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Bool(_)
        | Value::Instance(_) => crate::stdlib::math::float_arg(v).map(|f| PyComplex::new(f, 0.0)),
        other => Err(type_error(format!(
            "must be real number, not {}",
            other.type_name()
        ))),
    }
}

/// `complex(real=0, imag=0)` / `complex(string)`, as CPython's `complex_new_impl`.
pub fn construct(args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some((k, _)) = kw.iter().find(|(k, _)| !matches!(*k, "real" | "imag")) {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for complex()"
        )));
    }
    let [kreal, kimag] = take_kwargs("complex", kw, ["real", "imag"])?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    let r = args.first().or(kreal);
    let i = args.get(1).or(kimag);
    let Some(r) = r else {
        return Ok(match i {
            None => Value::complex(PyComplex::new(0.0, 0.0)),
            Some(i) => construct(&[Value::Int(0), i.clone()], &[])?,
        });
    };
    if let Value::Str(s) = r {
        if i.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return Ok(Value::complex(parse(s.as_str())?));
    }
    if let Some(Value::Str(_)) = i {
        return Err(type_error("complex() second arg can't be a string"));
    }
    // `__complex__` first; then the number checks of both arguments.
    let hooked = complex_hook(r)?;
    if hooked.is_none() && !is_number(r) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.type_name()
        )));
    }
    if let Some(i) = i
        && !is_number(i)
    {
        return Err(type_error(format!(
            "complex() second argument must be a number, not '{}'",
            i.type_name()
        )));
    }
    let (cr, cr_is_complex) = match (hooked, r) {
        (Some(z), _) => (z, true),
        (None, Value::Complex(z)) => (**z, true),
        _ => (
            PyComplex::new(crate::stdlib::math::float_arg(r)?, 0.0),
            false,
        ),
    };
    let Some(i) = i else {
        return Ok(Value::complex(cr));
    };
    // complex(a, b) is a + b*1j, done component-wise.
    let mut re = cr.re;
    let mut im = match i {
        Value::Complex(ci) => {
            re -= ci.im;
            ci.re
        }
        i => crate::stdlib::math::float_arg(i)?,
    };
    if cr_is_complex {
        im += cr.im;
    }
    Ok(Value::complex(PyComplex::new(re, im)))
}

/// Length of the float literal at the start of `b` (`[sign] (inf|infinity|nan|digits
/// [. digits] [e [sign] digits])`), 0 if there is none: the prefix `PyOS_string_to_double`
/// accepts when it may stop early.
fn float_prefix(b: &[u8]) -> usize {
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let rest = b[i..].to_ascii_lowercase();
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if rest.starts_with(word) {
            return i + word.len();
        }
    }
    let start = i;
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    let mut digits = i - start;
    if b.get(i) == Some(&b'.') {
        let f = i + 1;
        let mut j = f;
        while b.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        digits += j - f;
        i = j;
    }
    if digits == 0 {
        return 0;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let e = j;
        while b.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        if j > e {
            i = j;
        }
    }
    i
}

fn to_f64(lit: &[u8]) -> f64 {
    let s = std::str::from_utf8(lit)
        .unwrap_or("nan")
        .to_ascii_lowercase();
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => body.parse().unwrap_or(f64::NAN),
    };
    if neg { -v } else { v }
}

/// Removes underscores that sit between two digits; `None` if any other underscore is
/// present (CPython's `_Py_string_to_number_with_underscores`).
fn strip_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let prev_digit = i > 0 && b[i - 1].is_ascii_digit();
            let next_digit = b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(prev_digit && next_digit) {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

/// `complex(s)`: `[ws] ['('] [ws] (real | imagj | real±imagj | [±]j forms) [ws] [')'] [ws]`.
pub fn parse(text: &str) -> PyResult<PyComplex> {
    let bad = || value_error("complex() arg is a malformed string");
    let converted = crate::builtins::to_ascii_decimal(text);
    let s = if converted.contains('_') {
        strip_underscores(&converted).ok_or_else(|| {
            value_error(format!(
                "could not convert string to complex: {}",
                crate::ops::repr_str(text)
            ))
        })?
    } else {
        converted
    };
    if s.contains('\0') {
        return Err(bad());
    }
    let mut t = s.trim();
    let bracket = t.starts_with('(');
    if bracket {
        t = t[1..].strip_suffix(')').ok_or_else(bad)?.trim();
    }
    let b = t.as_bytes();
    let (mut x, mut y) = (0.0, 0.0);
    let mut i = float_prefix(b);
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let unit = |c: u8| if c == b'+' { 1.0 } else { -1.0 };
    if i > 0 {
        let z = to_f64(&b[..i]);
        match b.get(i) {
            Some(&c @ (b'+' | b'-')) => {
                x = z;
                let n = float_prefix(&b[i..]);
                if n > 0 {
                    y = to_f64(&b[i..i + n]);
                    i += n;
                } else {
                    y = unit(c);
                    i += 1;
                }
                if !is_j(b.get(i)) {
                    return Err(bad());
                }
                i += 1;
            }
            c if is_j(c) => {
                y = z;
                i += 1;
            }
            _ => x = z,
        }
    } else {
        if let Some(&c @ (b'+' | b'-')) = b.first() {
            y = unit(c);
            i = 1;
        } else {
            y = 1.0;
        }
        if !is_j(b.get(i)) {
            return Err(bad());
        }
        i += 1;
    }
    if i != b.len() {
        return Err(bad());
    }
    Ok(PyComplex::new(x, y))
}

/// `format(z, spec)`: the float presentation types applied to both parts, the imaginary
/// part always signed unless the real part is omitted (CPython's `format_complex_internal`).
pub fn format(z: PyComplex, spec_text: &str) -> PyResult<String> {
    use crate::format::spec::{self, FloatFlags};
    if spec_text.is_empty() {
        return Ok(repr(z));
    }
    let sp = spec::parse(spec_text, None, '>', "complex")?;
    if sp.fill == '0' {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if sp.align == '=' {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let mut ty = match sp.ty {
        None => 'r',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => t,
        Some(t) => {
            return Err(value_error(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            )));
        }
    };
    let mut skip_re = false;
    let mut parens = false;
    let mut default_precision = 6;
    if sp.ty.is_none() {
        default_precision = 0;
        if z.re == 0.0 && z.re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = match sp.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let flags = FloatFlags {
        alt: sp.alternate,
        add_dot_0: false,
        no_neg_0: sp.no_neg_0,
    };
    let grouping = if sp.ty == Some('n') {
        spec::Grouping::None
    } else {
        sp.grouping
    };
    let bare = |sign: Option<char>| spec::Spec {
        fill: ' ',
        align: '<',
        sign,
        width: None,
        ..sp.clone()
    };
    let re_text = spec::render_float_text(
        &spec::double_to_string(z.re, ty, precision, flags),
        &bare(sp.sign),
        grouping,
    );
    let im_sign = if skip_re { sp.sign } else { Some('+') };
    let im_text = spec::render_float_text(
        &spec::double_to_string(z.im, ty, precision, flags),
        &bare(im_sign),
        grouping,
    );
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&re_text);
    }
    body.push_str(&im_text);
    body.push('j');
    if parens {
        body.push(')');
    }
    Ok(spec::pad(&body, &sp))
}

/// The `complex` method table.
pub static METHODS: &[MethodEntry] = &[
    ("conjugate", conjugate),
    ("__complex__", dunder_complex),
    ("__getnewargs__", getnewargs),
];

fn receiver(v: &Value) -> PyResult<PyComplex> {
    match v {
        Value::Complex(z) => Ok(**z),
        other => Err(type_error(format!(
            "descriptor requires a 'complex' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn conjugate(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("complex.conjugate", kw)?;
    check_arity("complex.conjugate", args, 0, 0)?;
    let z = receiver(v)?;
    Ok(Value::complex(PyComplex::new(z.re, -z.im)))
}

fn dunder_complex(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("complex.__complex__", kw)?;
    check_arity("complex.__complex__", args, 0, 0)?;
    Ok(Value::complex(receiver(v)?))
}

fn getnewargs(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("complex.__getnewargs__", kw)?;
    check_arity("complex.__getnewargs__", args, 0, 0)?;
    let z = receiver(v)?;
    let f = crate::types::nan::float;
    Ok(Value::tuple(vec![f(z.re), f(z.im)]))
}
