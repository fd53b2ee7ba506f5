//! Python exceptions as Rust errors. A `PyErr` is a reference to an exception instance; it
//! travels through compiled code as the `Err` of a [`PyResult`](crate::PyResult). Traceback
//! entries are appended as the error passes through Python frames (innermost first), and
//! printed outermost first in CPython's format.

use crate::types::class::{BuiltinType, Class, Instance, builtin_class};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// One line of a traceback: a Python frame the exception passed through.
#[derive(Clone, Debug)]
pub struct TbEntry {
    /// The Python file name.
    pub file: &'static str,
    /// The function name (`<module>` for module code).
    pub name: &'static str,
    /// The 1-based line number.
    pub line: u32,
    /// Identity of the frame activation, so a frame is recorded once per exception.
    pub frame_id: u64,
}

/// The state every `BaseException` instance carries.
#[derive(Default)]
pub struct ExcState {
    /// `args`, always a tuple.
    pub args: Option<Value>,
    /// All the constructor's arguments when `args` keeps only some of them (an `OSError`
    /// given a filename); see `types::exc_attrs`.
    pub ctor_args: Option<Value>,
    /// Traceback entries, innermost first.
    pub traceback: Vec<TbEntry>,
    /// `__cause__` (set by `raise ... from ...`).
    pub cause: Option<Value>,
    /// `__context__` (the exception being handled when this one was raised).
    pub context: Option<Value>,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// Text CPython appends to the last traceback line only (". Did you mean: 'x'?").
    pub traceback_suffix: Option<String>,
}

/// A raised Python exception.
#[derive(Clone)]
pub struct PyErr(pub Rc<Instance>);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", exception_line(&self.value()))
    }
}

impl PyErr {
    /// A new exception of built-in type `t` with a single string argument.
    pub fn new(t: BuiltinType, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(builtin_class(t), vec![Value::string(msg.into())])
    }

    /// A new exception of built-in type `t` with no arguments.
    pub fn bare(t: BuiltinType) -> PyErr {
        PyErr::with_args(builtin_class(t), Vec::new())
    }

    /// A new exception of class `cls` (which derives from `BaseException`) with `args`.
    pub fn with_args(cls: Rc<Class>, args: Vec<Value>) -> PyErr {
        let inst = Instance::new(cls);
        if let Some(st) = &inst.exc {
            st.borrow_mut().args = Some(Value::tuple(args));
        }
        PyErr(inst)
    }

    /// Wraps an existing exception instance. Returns `None` if `v` is not an exception.
    pub fn from_value(v: &Value) -> Option<PyErr> {
        match v {
            Value::Instance(i) if i.exc.is_some() => Some(PyErr(i.clone())),
            _ => None,
        }
    }

    /// The exception object as a Python value.
    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }

    /// The exception's class.
    pub fn class(&self) -> &Rc<Class> {
        &self.0.class
    }

    /// True when the exception is an instance of built-in type `t`.
    pub fn is(&self, t: BuiltinType) -> bool {
        self.0.class.derives_from(t)
    }

    /// Borrow of the exception state.
    pub fn state(&self) -> std::cell::RefMut<'_, ExcState> {
        self.0
            .exc
            .as_ref()
            .expect("PyErr always wraps an exception instance")
            .borrow_mut()
    }

    /// `args` of the exception.
    pub fn args(&self) -> Vec<Value> {
        exc_args(&self.0)
    }

    /// Records that the exception passed through a frame, unless it already did.
    pub fn add_frame(&self, entry: TbEntry) {
        let mut st = self.state();
        if st
            .traceback
            .last()
            .is_some_and(|e| e.frame_id == entry.frame_id)
        {
            return;
        }
        st.traceback.push(entry);
    }

    /// Records a frame unconditionally (for an explicit `raise exc` of a caught exception).
    pub fn push_frame(&self, entry: TbEntry) {
        self.state().traceback.push(entry);
    }
}

/// The `args` tuple of an exception instance as a vector.
pub fn exc_args(inst: &Instance) -> Vec<Value> {
    let Some(st) = &inst.exc else {
        return Vec::new();
    };
    match &st.borrow().args {
        Some(Value::Tuple(t)) => t.items().to_vec(),
        _ => Vec::new(),
    }
}

/// Shorthand constructors for the common built-in exceptions.
macro_rules! err_ctors {
    ($($fn_name:ident => $variant:ident),* $(,)?) => {
        $(
            #[doc = concat!("A new `", stringify!($variant), "` with message `msg`.")]
            pub fn $fn_name(msg: impl Into<String>) -> PyErr {
                PyErr::new(BuiltinType::$variant, msg)
            }
        )*
    };
}

err_ctors! {
    type_error => TypeError,
    value_error => ValueError,
    index_error => IndexError,
    attribute_error => AttributeError,
    name_error => NameError,
    zero_division => ZeroDivisionError,
    overflow_error => OverflowError,
    runtime_error => RuntimeError,
    recursion_error => RecursionError,
    not_implemented_error => NotImplementedError,
    os_error => OSError,
    unbound_local_error => UnboundLocalError,
    assertion_error => AssertionError,
    import_error => ImportError,
    eof_error => EOFError,
}

/// `KeyError(key)`: the key itself is the argument (its repr is the message).
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(builtin_class(BuiltinType::KeyError), vec![key])
}

/// `StopIteration(value)`.
pub fn stop_iteration(value: Value) -> PyErr {
    if value.is_none() {
        return PyErr::bare(BuiltinType::StopIteration);
    }
    PyErr::with_args(builtin_class(BuiltinType::StopIteration), vec![value])
}

/// The `TypeError` for an operator applied to the wrong types, in CPython's words.
pub fn unsupported_operands(op: &str, a: &Value, b: &Value) -> PyErr {
    type_error(format!(
        "unsupported operand type(s) for {op}: '{}' and '{}'",
        a.type_name(),
        b.type_name()
    ))
}

thread_local! {
    static SOURCES: RefCell<Vec<(&'static str, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// Registers the text of a Python source file so tracebacks can quote its lines without
/// the file being present at run time.
pub fn register_source(file: &'static str, text: &'static str) {
    SOURCES.with(|s| s.borrow_mut().push((file, text)));
}

fn source_line(file: &str, line: u32) -> Option<String> {
    SOURCES.with(|s| {
        let s = s.borrow();
        let (_, text) = s.iter().find(|(f, _)| *f == file)?;
        text.lines()
            .nth(line.checked_sub(1)? as usize)
            .map(|l| l.trim().to_string())
    })
}

/// `Type: message` — the last line of a traceback, as `traceback.format_exception_only`.
pub fn exception_line(exc: &Value) -> String {
    let Value::Instance(inst) = exc else {
        return String::new();
    };
    let cls = &inst.class;
    let mut name = cls.qualname.to_string();
    if &*cls.module != "__main__" && &*cls.module != "builtins" {
        name = format!("{}.{}", cls.module, name);
    }
    let msg = match crate::ops::str_of(exc) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// Formats a full traceback with chained exceptions, as CPython prints an uncaught one.
pub fn format_traceback(err: &PyErr) -> String {
    let mut out = String::new();
    let mut seen: Vec<*const Instance> = Vec::new();
    format_chain(&err.0, &mut out, &mut seen);
    out
}

fn format_chain(inst: &Rc<Instance>, out: &mut String, seen: &mut Vec<*const Instance>) {
    seen.push(Rc::as_ptr(inst));
    let (cause, context, suppress, tb) = {
        let st = inst.exc.as_ref().expect("exception").borrow();
        (
            st.cause.clone(),
            st.context.clone(),
            st.suppress_context,
            st.traceback.clone(),
        )
    };
    let chained = |v: &Option<Value>| match v {
        Some(Value::Instance(i)) if !seen.contains(&Rc::as_ptr(i)) => Some(i.clone()),
        _ => None,
    };
    if let Some(c) = chained(&cause) {
        format_chain(&c, out, seen);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if !suppress && let Some(c) = chained(&context) {
        format_chain(&c, out, seen);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for e in tb.iter().rev() {
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                e.file, e.line, e.name
            ));
            if let Some(src) = source_line(e.file, e.line) {
                out.push_str(&format!("    {src}\n"));
            }
        }
    }
    out.push_str(&exception_line(&Value::Instance(inst.clone())));
    if let Some(s) = inst
        .exc
        .as_ref()
        .and_then(|e| e.borrow().traceback_suffix.clone())
    {
        out.push_str(&s);
    }
    out.push('\n');
}
