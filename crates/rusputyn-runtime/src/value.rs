//! `Value`: one Python object reference. Immutable scalars are stored inline; everything else
//! is an `Rc` to its payload, so cloning a `Value` is what CPython's `Py_INCREF` is.

use crate::types::class::{Class, Instance};
use crate::types::dict::PyDict;
use crate::types::function::{BoundMethod, BuiltinFn, Function};
use crate::types::generator::Generator;
use crate::types::iter::PyIter;
use crate::types::list::PyList;
use crate::types::module::Module;
use crate::types::range::PyRange;
use crate::types::set::PySet;
use crate::types::slice::PySlice;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use num_bigint::BigInt;
use std::rc::Rc;

/// Result of every fallible runtime operation: a Python exception travels as `Err`.
pub type PyResult<T = Value> = Result<T, crate::err::PyErr>;

/// A Python object.
///
/// Invariant: `Value::BigInt` never holds a number that fits in `i64`; such numbers are
/// always `Value::Int` (see `types::int::normalize`), so equality and hashing can match on
/// the variant first.
///
/// Layout: the tag is a whole word (`repr(u64)`) and every payload is the second word.
/// With a one-byte tag, rustc moved the seven bytes after it as two overlapping 4-byte
/// pieces through the stack whenever a value was taken out of an `Option` or a `Result`,
/// and those stall store-to-load forwarding; whole words move cleanly. The unused tag
/// values still give `Option<Value>` and `PyResult<Value>` their niche (both stay 16 bytes).
#[repr(u64)]
pub enum Value {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An `int` that fits in 64 bits.
    Int(i64),
    /// An `int` that does not fit in 64 bits.
    BigInt(Rc<BigInt>),
    /// A `float`.
    Float(f64),
    /// A `complex` (boxed, so that `Value` stays two words wide).
    Complex(Rc<crate::types::complex::PyComplex>),
    /// A `str`.
    Str(Rc<PyStr>),
    /// A `bytes` (a `Vec` behind the `Rc`, so that the pointer is thin and `Value` two words).
    Bytes(Rc<Vec<u8>>),
    /// A `bytearray`.
    ByteArray(Rc<crate::types::bytearray::PyByteArray>),
    /// A `list`.
    List(Rc<PyList>),
    /// A `tuple`.
    Tuple(Rc<PyTuple>),
    /// A `dict`.
    Dict(Rc<PyDict>),
    /// A `set`.
    Set(Rc<PySet>),
    /// A `frozenset`.
    FrozenSet(Rc<PySet>),
    /// A `range`.
    Range(Rc<PyRange>),
    /// A `slice`.
    Slice(Rc<PySlice>),
    /// A function defined in Python.
    Function(Rc<Function>),
    /// A function implemented in Rust (`len`, `math.sqrt`, ...).
    Builtin(&'static BuiltinFn),
    /// A method bound to its receiver.
    BoundMethod(Rc<BoundMethod>),
    /// A class (built-in or user-defined).
    Class(Rc<Class>),
    /// An instance of a user-defined class (exceptions included).
    Instance(Rc<Instance>),
    /// A module object.
    Module(Rc<Module>),
    /// A built-in iterator (`list_iterator`, `enumerate`, `zip`, ...).
    Iter(Rc<PyIter>),
    /// A generator.
    Generator(Rc<Generator>),
    /// A dict view (`d.keys()`, `d.values()`, `d.items()`).
    DictView(Rc<crate::types::dict_methods::DictView>),
    /// `...`.
    Ellipsis,
    /// `NotImplemented`.
    NotImplemented,
}

/// Raises a reference-counted payload's count without touching the rest of the value.
macro_rules! retain {
    ($rc:expr) => {
        std::mem::forget(Rc::clone($rc))
    };
}

/// Cloning raises the payload's reference count and then copies the two words of the value
/// whole. (The derived `Clone` rebuilt each variant field by field, and for the small
/// variants rustc copied the bytes after the tag through overlapping 4-byte moves on the
/// stack, which stall store-to-load forwarding: a tenth of the time of a generator
/// pipeline went to reading locals.)
impl Clone for Value {
    #[inline]
    fn clone(&self) -> Value {
        match self {
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Builtin(_)
            | Value::Ellipsis
            | Value::NotImplemented => {}
            Value::BigInt(r) => retain!(r),
            Value::Complex(r) => retain!(r),
            Value::Str(r) => retain!(r),
            Value::Bytes(r) => retain!(r),
            Value::ByteArray(r) => retain!(r),
            Value::List(r) => retain!(r),
            Value::Tuple(r) => retain!(r),
            Value::Dict(r) => retain!(r),
            Value::Set(r) | Value::FrozenSet(r) => retain!(r),
            Value::Range(r) => retain!(r),
            Value::Slice(r) => retain!(r),
            Value::Function(r) => retain!(r),
            Value::BoundMethod(r) => retain!(r),
            Value::Class(r) => retain!(r),
            Value::Instance(r) => retain!(r),
            Value::Module(r) => retain!(r),
            Value::Iter(r) => retain!(r),
            Value::Generator(r) => retain!(r),
            Value::DictView(r) => retain!(r),
        }
        // SAFETY: the payload, if reference counted, had its count raised above, so the
        // bitwise copy is one more owner of it; every other payload is plain `Copy` data
        // (`bool`, `i64`, `f64`, `&'static BuiltinFn`).
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// A `complex` value.
    pub fn complex(z: crate::types::complex::PyComplex) -> Value {
        Value::Complex(Rc::new(z))
    }

    /// A `str` value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    /// A `str` value taking ownership of a `String`.
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    /// A `list` value.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    /// A `tuple` value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    /// A `bytearray` value owning `data`.
    pub fn bytearray(data: Vec<u8>) -> Value {
        Value::ByteArray(Rc::new(crate::types::bytearray::PyByteArray::new(data)))
    }

    /// The empty tuple.
    pub fn empty_tuple() -> Value {
        Value::tuple(Vec::new())
    }

    /// True for `None`.
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The name of the value's type as Python's `type(x).__name__` says.
    pub fn type_name(&self) -> String {
        match self {
            // Objects of classes implemented in Rust are named like CPython's static types
            // (`itertools.count`); see `types::native::tp_name`.
            Value::Instance(i) if i.native.is_some() => crate::types::native::tp_name(&i.class),
            Value::Instance(i) => i.class.name.to_string(),
            Value::Class(c) => c.metaclass_name().to_string(),
            other => other.builtin_type_name().to_string(),
        }
    }

    /// The type name of a non-instance value.
    pub fn builtin_type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Complex(_) => "complex",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::ByteArray(_) => "bytearray",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::BoundMethod(m) => m.type_name(),
            Value::Class(_) => "type",
            Value::Instance(_) => "object",
            Value::Module(_) => "module",
            Value::Iter(it) => it.type_name(),
            Value::Generator(g) => g.kind.type_name(),
            Value::DictView(v) => v.type_name(),
            Value::Ellipsis => "ellipsis",
            Value::NotImplemented => "NotImplementedType",
        }
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        crate::ops::is(self, other)
    }
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::Int(v)
    }
}

impl From<f64> for Value {
    fn from(v: f64) -> Self {
        Value::Float(v)
    }
}

impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Value::Bool(v)
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::str(v)
    }
}

impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::string(v)
    }
}

#[cfg(test)]
mod size_tests {
    /// Every value is two words: copying, storing in lists and dicts, and passing
    /// arguments stay cheap. A variant wider than a pointer must be boxed.
    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<super::Value>>(), 16);
        assert_eq!(std::mem::size_of::<super::PyResult<super::Value>>(), 16);
    }
}
