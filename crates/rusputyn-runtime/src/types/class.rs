//! Classes and instances: the built-in type objects (one table, `builtin_types!`), user
//! classes with their MRO, and instances with a `__dict__`.

use crate::err::ExcState;
use crate::types::dict::PyDict;
use crate::types::generator::GenKind;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

pub mod build;
pub mod lookup_cache;
pub mod meta;
pub mod mro;
pub mod namespace;
pub mod setup;
pub mod type_methods;

/// [`Class::hooks`] bit: a user `__getattribute__` is in the MRO.
pub const HOOK_GETATTRIBUTE: u8 = 1;
/// [`Class::hooks`] bit: a user `__setattr__` is in the MRO.
pub const HOOK_SETATTR: u8 = 2;
/// [`Class::hooks`] bit: a user `__delattr__` is in the MRO.
pub const HOOK_DELATTR: u8 = 4;
/// [`Class::hooks`] bit: some class in the MRO holds a data descriptor (a `property`, or an
/// object whose type defines `__set__`/`__delete__`), so instance attribute access must
/// consult the class before the instance `__dict__`.
pub const HOOK_DATA_DESCR: u8 = 8;
/// [`Class::hooks`] bit: a user `__del__` is in the MRO (instances run it when dropped).
pub const HOOK_DEL: u8 = 16;
/// Every hook bit: the slow, fully general attribute path.
pub const HOOK_ALL: u8 = 0xff;

thread_local! {
    /// Set once a class gains or loses `__set__`/`__delete__` after its creation: objects of
    /// that class may sit in any class namespace as (non-)data descriptors, so the cached
    /// `HOOK_DATA_DESCR` bits of every class may be stale and every lookup takes the general
    /// path. Other namespace changes refresh the class and its subclasses precisely (see
    /// [`Class::refresh_hooks`]).
    static HOOKS_STALE: Cell<bool> = const { Cell::new(false) };
}

/// A class object.
pub struct Class {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// `__module__`.
    pub module: Rc<str>,
    /// `__bases__`.
    pub bases: Vec<Rc<Class>>,
    /// `__mro__` without the class itself (which is always first).
    pub mro_tail: Vec<Rc<Class>>,
    /// The class namespace (`__dict__`).
    pub dict: Rc<PyDict>,
    /// Set for the built-in types (`int`, `ValueError`, ...).
    pub builtin: Option<BuiltinType>,
    /// `HOOK_*` bits cached at creation (see [`Class::hooks`]).
    pub hook_bits: Cell<u8>,
    /// The attribute names instances may have when every class in the MRO declares
    /// `__slots__` (instances then have no `__dict__`); `None` otherwise.
    pub slots: RefCell<Option<Vec<Rc<str>>>>,
    /// The metaclass and the other type-level state (see [`ClassExt`]).
    pub ext: ClassExt,
}

/// The type-level state of a class beyond its namespace: its metaclass, its direct
/// subclasses (for `__subclasses__()`) and CPython's "is abstract" flag.
#[derive(Default)]
pub struct ClassExt {
    /// `type(cls)` when it is not `type` itself (a user metaclass); `None` for `type`.
    pub metaclass: Option<Rc<Class>>,
    /// The classes created with this one among their bases, in creation order (weak, as in
    /// CPython, so that `__subclasses__()` never keeps a class alive).
    pub subclasses: RefCell<Vec<Weak<Class>>>,
    /// Set while the class's own `__abstractmethods__` is non-empty: `object.__new__`
    /// then refuses to create instances (CPython's `Py_TPFLAGS_IS_ABSTRACT`).
    pub is_abstract: Cell<bool>,
    /// The `__slots__` names along the MRO when instances also have a `__dict__` (a
    /// `"__dict__"` slot, or a base without `__slots__`): their values live in the
    /// instance's `slot_values`, apart from its `__dict__`, as CPython's member slots do.
    pub dict_slots: RefCell<Vec<Rc<str>>>,
    /// What MRO lookups of names found (see [`lookup_cache`]).
    pub lookups: lookup_cache::LookupCache,
}

impl Class {
    /// The name of this class's metaclass (`type` unless a metaclass made it).
    pub fn metaclass_name(&self) -> &str {
        match &self.ext.metaclass {
            Some(m) => &m.name,
            None => "type",
        }
    }

    /// `type(cls)`: the metaclass, `type` for classes it did not make.
    pub fn metaclass(&self) -> Rc<Class> {
        match &self.ext.metaclass {
            Some(m) => m.clone(),
            None => builtin_class(BuiltinType::Type),
        }
    }

    /// Iterates the MRO, the class itself first.
    pub fn mro(self: &Rc<Self>) -> impl Iterator<Item = &Rc<Class>> {
        std::iter::once(self).chain(self.mro_tail.iter())
    }

    /// True when `self` is `other` or derives from it.
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        self.mro().any(|c| Rc::ptr_eq(c, other))
    }

    /// True when this class derives from the built-in type `t`.
    pub fn derives_from(self: &Rc<Self>, t: BuiltinType) -> bool {
        self.mro().any(|c| c.builtin == Some(t))
    }

    /// Looks `name` up along the MRO (class attributes and methods).
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        self.lookup_hashed(name, crate::hash::hash_str(name))
    }

    /// [`Class::lookup`] of a name known at compile time.
    #[inline]
    pub fn lookup_name(self: &Rc<Self>, name: &crate::hash::Name) -> Option<Value> {
        self.lookup_hashed(name.text, name.hash)
    }

    /// [`Class::lookup`] with the name's hash already computed.
    pub fn lookup_hashed(self: &Rc<Self>, name: &str, hash: i64) -> Option<Value> {
        if let Some(found) = self.ext.lookups.get(name, hash) {
            return found;
        }
        let found = self.mro().find_map(|c| c.dict.get_str_hashed(name, hash));
        self.ext.lookups.put(name, hash, found.clone());
        found
    }

    /// [`Class::lookup`] of special method `name` for the protocols of an instance: `None`
    /// when a built-in type that defines `name` comes first in the MRO (`class P(int, Enum)`
    /// hashes and compares as an `int`, whatever `Enum` defines); the caller then applies the
    /// built-in method to the instance's base value.
    pub fn lookup_special(self: &Rc<Self>, name: &str) -> Option<Value> {
        let hash = crate::hash::hash_str(name);
        for c in self.mro() {
            if let Some(v) = c.dict.get_str_hashed(name, hash) {
                return Some(v);
            }
            if let Some(t) = c.builtin
                && crate::types::object::base::type_slot(t, name).is_some()
            {
                return None;
            }
        }
        None
    }

    /// The nearest built-in type in the MRO (`object` at the latest).
    pub fn builtin_base(self: &Rc<Self>) -> BuiltinType {
        self.mro()
            .find_map(|c| c.builtin)
            .unwrap_or(BuiltinType::Object)
    }

    /// Creates a user class (`object` is the base when `bases` is empty), its MRO computed by
    /// C3 linearisation.
    pub fn new_user(
        name: &str,
        qualname: &str,
        module: &str,
        bases: Vec<Rc<Class>>,
    ) -> Result<Rc<Class>, crate::err::PyErr> {
        Class::new_user_meta(name, qualname, module, bases, None)
    }

    /// [`Class::new_user`] made by metaclass `metaclass` (`None` for `type`); the class is
    /// recorded among its bases' subclasses.
    pub fn new_user_meta(
        name: &str,
        qualname: &str,
        module: &str,
        bases: Vec<Rc<Class>>,
        metaclass: Option<Rc<Class>>,
    ) -> Result<Rc<Class>, crate::err::PyErr> {
        let bases = if bases.is_empty() {
            vec![builtin_class(BuiltinType::Object)]
        } else {
            bases
        };
        let mro_tail = mro::c3_tail(&bases)?;
        let cls = Rc::new(Class {
            name: name.into(),
            qualname: qualname.into(),
            module: module.into(),
            bases,
            mro_tail,
            dict: Rc::new(PyDict::new()),
            builtin: None,
            hook_bits: Cell::new(0),
            slots: RefCell::new(None),
            ext: ClassExt {
                metaclass,
                ..ClassExt::default()
            },
        });
        for b in &cls.bases {
            b.add_subclass(&cls);
        }
        Ok(cls)
    }

    /// Records `sub` as a direct subclass (dropping entries of classes that are gone).
    pub fn add_subclass(&self, sub: &Rc<Class>) {
        let mut subs = self.ext.subclasses.borrow_mut();
        subs.retain(|w| w.strong_count() > 0);
        subs.push(Rc::downgrade(sub));
    }

    /// `cls.__subclasses__()`: the live direct subclasses, oldest first.
    pub fn subclasses(&self) -> Vec<Rc<Class>> {
        self.ext
            .subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect()
    }

    /// The `HOOK_*` bits that decide how attributes of instances are looked up.
    #[inline]
    pub fn hooks(&self) -> u8 {
        if self.builtin.is_some() {
            return 0;
        }
        if HOOKS_STALE.with(|s| s.get()) {
            HOOK_ALL
        } else {
            self.hook_bits.get()
        }
    }

    /// Recomputes the cached hook bits after the class namespace changed; `stale` when the
    /// change can affect subclasses (a hook or descriptor was added or removed after
    /// creation): every live class deriving from this one is then recomputed too, since its
    /// bits are computed from the namespaces of its whole MRO.
    pub fn refresh_hooks(self: &Rc<Self>, stale: bool) {
        self.hook_bits.set(setup::compute_hooks(self));
        if !stale {
            return;
        }
        let mut seen: Vec<Rc<Class>> = Vec::new();
        let mut todo = self.subclasses();
        while let Some(c) = todo.pop() {
            if seen.iter().any(|s| Rc::ptr_eq(s, &c)) {
                continue;
            }
            c.hook_bits.set(setup::compute_hooks(&c));
            todo.extend(c.subclasses());
            seen.push(c);
        }
    }

    /// Marks every class's cached hook bits as unreliable for good: called when a class
    /// gains or loses `__set__`/`__delete__`, which changes whether its instances, stored in
    /// any namespace, are data descriptors.
    pub fn descriptor_protocol_changed() {
        HOOKS_STALE.with(|s| s.set(true));
    }
}

/// An instance of a user-defined class (or of an exception class).
pub struct Instance {
    /// `type(self)`.
    pub class: Rc<Class>,
    /// `self.__dict__`.
    pub dict: Rc<PyDict>,
    /// Exception state, present when the class derives from `BaseException` (boxed: most
    /// instances are not exceptions, and inline it would triple every instance's size).
    pub exc: Option<Box<RefCell<ExcState>>>,
    /// The Rust state of an instance of a class implemented in Rust (`functools.partial`,
    /// `itertools.count`, ...; see `types::native`), downcast by the methods of that class.
    pub native: Option<Box<dyn std::any::Any>>,
    /// The built-in value an instance of a subclass of a built-in data type extends (the list
    /// storage of `class Stack(list)`, the `str` of `class Tag(str)`); see
    /// `types::object::base`. `None` for every other instance.
    pub base: Option<Value>,
    /// Set once `__del__` has run (or is running), so it runs at most once.
    pub finalized: Cell<bool>,
    /// The values of the `__slots__` kept apart from `__dict__` (see
    /// `ClassExt::dict_slots`); `None` when the class has none (boxed, being rare).
    pub slot_values: Option<Box<PyDict>>,
}

impl Instance {
    /// The storage of the `__slots__` values kept apart from `__dict__`, when `class` has
    /// such slots (see `ClassExt::dict_slots`).
    fn slot_store(class: &Rc<Class>) -> Option<Box<PyDict>> {
        (!class.ext.dict_slots.borrow().is_empty()).then(|| Box::new(PyDict::new()))
    }

    /// The slot storage when `name` is one of the class's slots kept apart from `__dict__`.
    #[inline]
    pub fn dict_slot(&self, name: &str) -> Option<&PyDict> {
        let store = self.slot_values.as_deref()?;
        self.class
            .ext
            .dict_slots
            .borrow()
            .iter()
            .any(|n| &**n == name)
            .then_some(store)
    }
    /// A fresh instance of `class` with an empty `__dict__`.
    pub fn new(class: Rc<Class>) -> Rc<Instance> {
        let exc = class
            .derives_from(BuiltinType::BaseException)
            .then(|| Box::new(RefCell::new(ExcState::default())));
        Instance::build(class, exc, None, None)
    }

    /// A fresh instance of `class`, a user class whose only built-in base is `object` (so
    /// no exception state).
    #[inline]
    pub fn plain(class: Rc<Class>) -> Rc<Instance> {
        Instance::build(class, None, None, None)
    }

    /// A fresh instance of `class` (a subclass of a built-in data type) extending `base`.
    pub fn with_base(class: Rc<Class>, base: Value) -> Rc<Instance> {
        Instance::build(class, None, None, Some(base))
    }

    /// A fresh instance of `class` carrying the Rust state `native` (see `types::native`).
    pub fn with_native(class: Rc<Class>, native: Box<dyn std::any::Any>) -> Rc<Instance> {
        Instance::build(class, None, Some(native), None)
    }

    /// The one constructor behind the public ones: an empty `__dict__`, slot storage when
    /// the class keeps slots apart, and the given optional parts.
    #[inline]
    fn build(
        class: Rc<Class>,
        exc: Option<Box<RefCell<ExcState>>>,
        native: Option<Box<dyn std::any::Any>>,
        base: Option<Value>,
    ) -> Rc<Instance> {
        Rc::new(Instance {
            slot_values: Instance::slot_store(&class),
            class,
            dict: Rc::new(PyDict::new()),
            exc,
            native,
            base,
            finalized: Cell::new(false),
        })
    }
}

macro_rules! builtin_types {
    ($($variant:ident = $name:literal : $base:ident),* $(,)?) => {
        /// Every built-in type, in an order where each base comes before its subclasses.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum BuiltinType { $($variant),* }

        impl BuiltinType {
            /// All built-in types, bases first.
            pub const ALL: &'static [BuiltinType] = &[$(BuiltinType::$variant),*];

            /// The Python name (`__name__`).
            pub fn name(self) -> &'static str {
                match self { $(BuiltinType::$variant => $name),* }
            }

            /// The single base class (`object`'s base is itself, by convention here).
            pub fn base(self) -> BuiltinType {
                match self { $(BuiltinType::$variant => BuiltinType::$base),* }
            }

            /// Looks a built-in type up by its Python name.
            pub fn from_name(name: &str) -> Option<BuiltinType> {
                match name { $($name => Some(BuiltinType::$variant),)* _ => None }
            }
        }
    };
}

builtin_types! {
    Object = "object": Object,
    Type = "type": Object,
    NoneType = "NoneType": Object,
    Int = "int": Object,
    Bool = "bool": Int,
    Float = "float": Object,
    Complex = "complex": Object,
    Str = "str": Object,
    Bytes = "bytes": Object,
    ByteArray = "bytearray": Object,
    List = "list": Object,
    Tuple = "tuple": Object,
    Dict = "dict": Object,
    Set = "set": Object,
    FrozenSet = "frozenset": Object,
    Range = "range": Object,
    Slice = "slice": Object,
    Function = "function": Object,
    BuiltinFunction = "builtin_function_or_method": Object,
    Method = "method": Object,
    Module = "module": Object,
    Generator = "generator": Object,
    Coroutine = "coroutine": Object,
    AsyncGenerator = "async_generator": Object,
    AsyncGenASend = "async_generator_asend": Object,
    AsyncGenAThrow = "async_generator_athrow": Object,
    CoroutineWrapper = "coroutine_wrapper": Object,
    AnextAwaitable = "anext_awaitable": Object,
    Ellipsis = "ellipsis": Object,
    NotImplementedType = "NotImplementedType": Object,
    StaticMethod = "staticmethod": Object,
    ClassMethod = "classmethod": Object,
    Property = "property": Object,
    Super = "super": Object,
    Enumerate = "enumerate": Object,
    Zip = "zip": Object,
    Map = "map": Object,
    Filter = "filter": Object,
    Reversed = "reversed": Object,
    ListIterator = "list_iterator": Object,
    ListReverseIterator = "list_reverseiterator": Object,
    TupleIterator = "tuple_iterator": Object,
    StrIterator = "str_ascii_iterator": Object,
    RangeIterator = "range_iterator": Object,
    LongRangeIterator = "longrange_iterator": Object,
    SetIterator = "set_iterator": Object,
    BytesIterator = "bytes_iterator": Object,
    ByteArrayIterator = "bytearray_iterator": Object,
    DictKeyIterator = "dict_keyiterator": Object,
    DictValueIterator = "dict_valueiterator": Object,
    DictItemIterator = "dict_itemiterator": Object,
    CallableIterator = "callable_iterator": Object,
    SeqIterator = "iterator": Object,
    DictKeys = "dict_keys": Object,
    DictValues = "dict_values": Object,
    DictItems = "dict_items": Object,
    BaseException = "BaseException": Object,
    SystemExit = "SystemExit": BaseException,
    KeyboardInterrupt = "KeyboardInterrupt": BaseException,
    GeneratorExit = "GeneratorExit": BaseException,
    Exception = "Exception": BaseException,
    StopIteration = "StopIteration": Exception,
    StopAsyncIteration = "StopAsyncIteration": Exception,
    ArithmeticError = "ArithmeticError": Exception,
    FloatingPointError = "FloatingPointError": ArithmeticError,
    OverflowError = "OverflowError": ArithmeticError,
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError,
    AssertionError = "AssertionError": Exception,
    AttributeError = "AttributeError": Exception,
    BufferError = "BufferError": Exception,
    EOFError = "EOFError": Exception,
    ImportError = "ImportError": Exception,
    ModuleNotFoundError = "ModuleNotFoundError": ImportError,
    LookupError = "LookupError": Exception,
    IndexError = "IndexError": LookupError,
    KeyError = "KeyError": LookupError,
    MemoryError = "MemoryError": Exception,
    NameError = "NameError": Exception,
    UnboundLocalError = "UnboundLocalError": NameError,
    OSError = "OSError": Exception,
    BlockingIOError = "BlockingIOError": OSError,
    ChildProcessError = "ChildProcessError": OSError,
    ConnectionError = "ConnectionError": OSError,
    BrokenPipeError = "BrokenPipeError": ConnectionError,
    ConnectionAbortedError = "ConnectionAbortedError": ConnectionError,
    ConnectionRefusedError = "ConnectionRefusedError": ConnectionError,
    ConnectionResetError = "ConnectionResetError": ConnectionError,
    FileExistsError = "FileExistsError": OSError,
    FileNotFoundError = "FileNotFoundError": OSError,
    InterruptedError = "InterruptedError": OSError,
    IsADirectoryError = "IsADirectoryError": OSError,
    NotADirectoryError = "NotADirectoryError": OSError,
    PermissionError = "PermissionError": OSError,
    ProcessLookupError = "ProcessLookupError": OSError,
    TimeoutError = "TimeoutError": OSError,
    ReferenceError = "ReferenceError": Exception,
    RuntimeError = "RuntimeError": Exception,
    NotImplementedError = "NotImplementedError": RuntimeError,
    RecursionError = "RecursionError": RuntimeError,
    SyntaxError = "SyntaxError": Exception,
    IndentationError = "IndentationError": SyntaxError,
    TabError = "TabError": IndentationError,
    SystemError = "SystemError": Exception,
    TypeError = "TypeError": Exception,
    ValueError = "ValueError": Exception,
    UnicodeError = "UnicodeError": ValueError,
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError,
    UnicodeEncodeError = "UnicodeEncodeError": UnicodeError,
    UnicodeTranslateError = "UnicodeTranslateError": UnicodeError,
    Warning = "Warning": Exception,
    BytesWarning = "BytesWarning": Warning,
    DeprecationWarning = "DeprecationWarning": Warning,
    EncodingWarning = "EncodingWarning": Warning,
    FutureWarning = "FutureWarning": Warning,
    ImportWarning = "ImportWarning": Warning,
    PendingDeprecationWarning = "PendingDeprecationWarning": Warning,
    ResourceWarning = "ResourceWarning": Warning,
    RuntimeWarning = "RuntimeWarning": Warning,
    SyntaxWarning = "SyntaxWarning": Warning,
    UnicodeWarning = "UnicodeWarning": Warning,
    UserWarning = "UserWarning": Warning,
    BaseExceptionGroup = "BaseExceptionGroup": BaseException,
    // Also derives from `Exception` (see `extra_base`).
    ExceptionGroup = "ExceptionGroup": BaseExceptionGroup,
    MethodDescriptor = "method_descriptor": Object,
    GetSetDescriptor = "getset_descriptor": Object,
    WrapperDescriptor = "wrapper_descriptor": Object,
}

/// The second base of the one built-in class with two: `ExceptionGroup(BaseExceptionGroup,
/// Exception)`.
fn extra_base(t: BuiltinType) -> Option<BuiltinType> {
    (t == BuiltinType::ExceptionGroup).then_some(BuiltinType::Exception)
}

thread_local! {
    static REGISTRY: Vec<Rc<Class>> = build_registry();
}

fn build_registry() -> Vec<Rc<Class>> {
    let mut out: Vec<Rc<Class>> = Vec::with_capacity(BuiltinType::ALL.len());
    for &t in BuiltinType::ALL {
        let (bases, mro_tail) = if t == BuiltinType::Object {
            (Vec::new(), Vec::new())
        } else {
            let base = out[t.base() as usize].clone();
            match extra_base(t) {
                Some(extra) => {
                    let bases = vec![base, out[extra as usize].clone()];
                    // The built-in hierarchy is consistent, so C3 cannot fail here.
                    let tail = mro::c3_tail(&bases).unwrap_or_default();
                    (bases, tail)
                }
                None => {
                    let tail: Vec<Rc<Class>> = base.mro().cloned().collect();
                    (vec![base], tail)
                }
            }
        };
        out.push(Rc::new(Class {
            name: t.name().into(),
            qualname: t.name().into(),
            module: "builtins".into(),
            bases,
            mro_tail,
            dict: Rc::new(PyDict::new()),
            builtin: Some(t),
            hook_bits: Cell::new(0),
            slots: RefCell::new(None),
            ext: ClassExt::default(),
        }));
        if t != BuiltinType::Object {
            let (base, new) = (&out[t.base() as usize], &out[out.len() - 1]);
            base.add_subclass(new);
        }
    }
    out
}

/// The class object of a built-in type.
pub fn builtin_class(t: BuiltinType) -> Rc<Class> {
    REGISTRY.with(|r| r[t as usize].clone())
}

/// `type(v)`.
pub fn type_of(v: &Value) -> Rc<Class> {
    let t = match v {
        Value::Instance(i) => return i.class.clone(),
        Value::None => BuiltinType::NoneType,
        Value::Bool(_) => BuiltinType::Bool,
        Value::Int(_) | Value::BigInt(_) => BuiltinType::Int,
        Value::Float(_) => BuiltinType::Float,
        Value::Complex(_) => BuiltinType::Complex,
        Value::Str(_) => BuiltinType::Str,
        Value::Bytes(_) => BuiltinType::Bytes,
        Value::ByteArray(_) => BuiltinType::ByteArray,
        Value::List(_) => BuiltinType::List,
        Value::Tuple(_) => BuiltinType::Tuple,
        Value::Dict(_) => BuiltinType::Dict,
        Value::Set(_) => BuiltinType::Set,
        Value::FrozenSet(_) => BuiltinType::FrozenSet,
        Value::Range(_) => BuiltinType::Range,
        Value::Slice(_) => BuiltinType::Slice,
        Value::Function(_) => BuiltinType::Function,
        Value::Builtin(_) => BuiltinType::BuiltinFunction,
        Value::BoundMethod(m) => match m.target {
            crate::types::function::MethodTarget::Unbound(n, t, _)
                if crate::types::object::base::is_slot_wrapper(t, n) =>
            {
                BuiltinType::WrapperDescriptor
            }
            crate::types::function::MethodTarget::Unbound(..) => BuiltinType::MethodDescriptor,
            _ => BuiltinType::Method,
        },
        Value::Class(c) => return c.metaclass(),
        Value::Module(_) => BuiltinType::Module,
        Value::Iter(it) => it.builtin_type(),
        Value::Generator(g) => match g.kind {
            GenKind::Generator => BuiltinType::Generator,
            GenKind::Coroutine => BuiltinType::Coroutine,
            GenKind::AsyncGenerator => BuiltinType::AsyncGenerator,
            GenKind::ASend => BuiltinType::AsyncGenASend,
            GenKind::AThrow => BuiltinType::AsyncGenAThrow,
            GenKind::CoroWrapper => BuiltinType::CoroutineWrapper,
            GenKind::ANext => BuiltinType::AnextAwaitable,
        },
        Value::DictView(dv) => match dv.kind {
            crate::types::iter::DictIterKind::Keys => BuiltinType::DictKeys,
            crate::types::iter::DictIterKind::Values => BuiltinType::DictValues,
            crate::types::iter::DictIterKind::Items => BuiltinType::DictItems,
        },
        Value::Ellipsis => BuiltinType::Ellipsis,
        Value::NotImplemented => BuiltinType::NotImplementedType,
    };
    builtin_class(t)
}

/// `isinstance(v, cls)` for a single class.
pub fn is_instance(v: &Value, cls: &Rc<Class>) -> bool {
    type_of(v).is_subclass(cls)
}

/// `isinstance(v, <built-in type t>)`.
pub fn is_instance_of(v: &Value, t: BuiltinType) -> bool {
    type_of(v).derives_from(t)
}

/// Creates a user class from its evaluated bases and the namespace its body filled
/// (`class Name(bases, **kw): ...`); see [`setup::new_class_kw`].
pub fn new_class(
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    ns: &PyDict,
) -> crate::value::PyResult<Value> {
    setup::new_class_kw(name, qualname, bases, ns, &[])
}
