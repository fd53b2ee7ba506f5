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
    /// The message and members of an exception group (`BaseExceptionGroup` instances).
    pub group: Option<GroupParts>,
}

/// What a `BaseExceptionGroup` holds besides `args` (see `types::exc_group`).
#[derive(Clone)]
pub struct GroupParts {
    /// `message` (a str).
    pub message: Value,
    /// `exceptions` (a non-empty tuple of exceptions).
    pub exceptions: Value,
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

/// A code point in U+D800..=U+DFFF turned into a `str` (CPython allows lone surrogates in
/// `str`; Rusputyn's `str` is UTF-8 and cannot hold them): a `NotImplementedError` saying so,
/// rather than a silently different character.
pub fn lone_surrogate(code: u32) -> PyErr {
    not_implemented_error(format!(
        "lone surrogate \\u{code:04x}: Rusputyn's str holds Unicode scalar values only"
    ))
}

/// The `char` for code point `code` < 0x110000, or [`lone_surrogate`] for a surrogate.
pub fn scalar_or_surrogate_error(code: u32) -> crate::value::PyResult<char> {
    char::from_u32(code).ok_or_else(|| lone_surrogate(code))
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

/// Formats a full traceback with chained exceptions, as CPython prints an uncaught one
/// (exception groups as CPython's tree of numbered sub-exceptions, notes after the
/// exception line).
pub fn format_traceback(err: &PyErr) -> String {
    let mut ctx = PrintCtx {
        out: String::new(),
        seen: Vec::new(),
        depth: 0,
        need_close: false,
    };
    ctx.exception_recursive(&err.0);
    ctx.out
}

/// CPython's `exception_print_context`: the nesting depth inside exception groups and
/// whether the innermost group still owes its closing line.
struct PrintCtx {
    out: String,
    seen: Vec<*const Instance>,
    depth: usize,
    need_close: bool,
}

/// Groups wider or deeper than this are abbreviated, as in CPython.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl PrintCtx {
    fn margin(&self) -> String {
        if self.depth == 0 {
            String::new()
        } else {
            format!("{}| ", " ".repeat(2 * self.depth))
        }
    }

    /// Writes `text` (one or more lines) with the current margin before each line.
    fn write_lines(&mut self, text: &str) {
        let margin = self.margin();
        for line in text.split('\n') {
            self.out.push_str(&margin);
            self.out.push_str(line);
            self.out.push('\n');
        }
    }

    fn exception_recursive(&mut self, inst: &Rc<Instance>) {
        self.seen.push(Rc::as_ptr(inst));
        let (cause, context, suppress) = {
            let st = inst.exc.as_ref().expect("exception").borrow();
            (st.cause.clone(), st.context.clone(), st.suppress_context)
        };
        let unseen = |v: &Option<Value>, seen: &Vec<*const Instance>| match v {
            Some(Value::Instance(i)) if !seen.contains(&Rc::as_ptr(i)) => Some(i.clone()),
            _ => None,
        };
        if let Some(c) = unseen(&cause, &self.seen) {
            self.chained(
                &c,
                "The above exception was the direct cause of the following exception:",
            );
        } else if !suppress && let Some(c) = unseen(&context, &self.seen) {
            self.chained(
                &c,
                "During handling of the above exception, another exception occurred:",
            );
        }
        if crate::types::exc_group::parts(&Value::Instance(inst.clone())).is_some() {
            self.group(inst);
        } else {
            self.exception(inst);
        }
    }

    fn chained(&mut self, inst: &Rc<Instance>, message: &str) {
        let need_close = self.need_close;
        self.exception_recursive(inst);
        self.need_close = need_close;
        let margin = self.margin();
        self.out
            .push_str(&format!("{margin}\n{margin}{message}\n{margin}\n"));
    }

    /// The traceback, the `Type: message` line and the notes of one exception.
    fn exception(&mut self, inst: &Rc<Instance>) {
        let (tb, suffix) = {
            let st = inst.exc.as_ref().expect("exception").borrow();
            (st.traceback.clone(), st.traceback_suffix.clone())
        };
        let value = Value::Instance(inst.clone());
        let is_group = crate::types::exc_group::parts(&value).is_some();
        if !tb.is_empty() {
            let margin = self.margin();
            let header_margin = if is_group && self.depth == 1 {
                format!("{}+ ", " ".repeat(2 * self.depth))
            } else {
                margin.clone()
            };
            let header = if is_group {
                "Exception Group Traceback (most recent call last):"
            } else {
                "Traceback (most recent call last):"
            };
            self.out.push_str(&format!("{header_margin}{header}\n"));
            for e in tb.iter().rev() {
                self.out.push_str(&format!(
                    "{margin}  File \"{}\", line {}, in {}\n",
                    e.file, e.line, e.name
                ));
                if let Some(src) = source_line(e.file, e.line) {
                    self.out.push_str(&format!("{margin}    {src}\n"));
                }
            }
        }
        let mut line = exception_line(&value);
        if let Some(s) = suffix {
            line.push_str(&s);
        }
        self.write_lines(&line);
        self.notes(inst);
    }

    fn notes(&mut self, inst: &Rc<Instance>) {
        let Some(notes) = inst.dict.get_str("__notes__") else {
            return;
        };
        let items = match &notes {
            Value::List(_) | Value::Tuple(_) => {
                crate::types::iter::collect(&notes).unwrap_or_default()
            }
            other => {
                let r = crate::ops::repr_of(other)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
                self.write_lines(&r);
                return;
            }
        };
        for note in items {
            let text =
                crate::ops::str_of(&note).unwrap_or_else(|_| "<note str() failed>".to_string());
            self.write_lines(&text);
        }
    }

    /// An exception group: its own traceback and line, then each member in a numbered
    /// frame one level deeper.
    fn group(&mut self, inst: &Rc<Instance>) {
        if self.depth > MAX_GROUP_DEPTH {
            self.write_lines(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})"));
            return;
        }
        if self.depth == 0 {
            self.depth = 1;
        }
        self.exception(inst);
        let members = match crate::types::exc_group::parts(&Value::Instance(inst.clone())) {
            Some(g) => crate::types::iter::collect(&g.exceptions).unwrap_or_default(),
            None => Vec::new(),
        };
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, member) in members.iter().take(shown).enumerate() {
            let last = i + 1 == shown;
            if last {
                self.need_close = true;
            }
            let indent = " ".repeat(2 * self.depth);
            let lead = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            if truncated {
                self.out.push_str(&format!(
                    "{indent}{lead}+---------------- ... ----------------\n"
                ));
            } else {
                self.out.push_str(&format!(
                    "{indent}{lead}+---------------- {} ----------------\n",
                    i + 1
                ));
            }
            self.depth += 1;
            if truncated {
                let more = members.len() - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                self.write_lines(&format!("and {more} more exception{s}"));
            } else if let Value::Instance(m) = member {
                self.exception_recursive(m);
            }
            if last && self.need_close {
                let indent = " ".repeat(2 * self.depth);
                self.out
                    .push_str(&format!("{indent}+------------------------------------\n"));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 {
            self.depth = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::scalar_or_surrogate_error;
    use crate::types::class::BuiltinType;

    #[test]
    fn surrogates_are_refused_not_replaced() {
        assert_eq!(scalar_or_surrogate_error(0x41).ok(), Some('A'));
        assert_eq!(scalar_or_surrogate_error(0xE000).ok(), Some('\u{E000}'));
        for code in [0xD800, 0xDBFF, 0xDC80, 0xDFFF] {
            let e = scalar_or_surrogate_error(code).unwrap_err();
            assert!(e.is(BuiltinType::NotImplementedError));
        }
    }
}
