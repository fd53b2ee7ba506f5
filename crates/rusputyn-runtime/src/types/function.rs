//! Functions: Python functions compiled to Rust (`Function`, with their static `Code`
//! description), functions implemented in Rust (`BuiltinFn`), and bound methods. Also the
//! binding of call arguments to parameters, with CPython's error messages.

use crate::err::{PyErr, type_error};
pub use crate::types::args::Args;
use crate::types::dict::PyDict;
use crate::value::{PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Keyword arguments of a call: `(name, value)` pairs in call order.
pub type Kw<'a> = &'a [(&'a str, Value)];

/// A function implemented in Rust: positional arguments and keyword arguments.
pub type NativeFn = fn(&[Value], Kw) -> PyResult<Value>;

/// A method of a built-in type implemented in Rust: receiver, arguments, keywords.
pub type MethodFn = fn(&Value, &[Value], Kw) -> PyResult<Value>;

/// The body of a compiled Python function: receives the function object (for defaults and
/// closure cells) and the bound parameter slots, borrowed from the caller (see [`Code`] for
/// the layout).
pub type FnImpl = fn(&Function, Args<'_>) -> PyResult<Value>;

/// A closure cell: a variable shared between a function and the functions nested in it.
pub type Cell = Rc<RefCell<Option<Value>>>;

/// A new, empty cell.
pub fn new_cell(v: Option<Value>) -> Cell {
    Rc::new(RefCell::new(v))
}

/// Static description of a compiled Python function.
///
/// Parameter slot layout passed to [`FnImpl`]: the `npos` positional parameters, then the
/// `*args` tuple if `varargs`, then the `kwonly` keyword-only parameters, then the
/// `**kwargs` dict if `varkw`.
#[derive(Debug)]
pub struct Code {
    /// `__name__`.
    pub name: &'static str,
    /// `__qualname__`.
    pub qualname: &'static str,
    /// `__module__`: the defining module's `__name__`.
    pub module: &'static str,
    /// The Python file it was defined in.
    pub file: &'static str,
    /// Names of the positional parameters followed by the keyword-only ones.
    pub params: &'static [&'static str],
    /// How many leading positional parameters are positional-only.
    pub posonly: usize,
    /// Number of positional parameters (positional-only included).
    pub npos: usize,
    /// Number of keyword-only parameters.
    pub kwonly: usize,
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkw: bool,
    /// Is a generator function.
    pub generator: bool,
    /// `__doc__`: the docstring, if the body starts with one.
    pub doc: Option<&'static str>,
}

impl Code {
    /// Whether `n` positional arguments and no keywords bind to the parameter slots as they
    /// are: exactly the positional parameters, no `*args`, keyword-only or `**kwargs`.
    #[inline]
    pub fn is_exact(&self, n: usize) -> bool {
        n == self.npos && !self.varargs && self.kwonly == 0 && !self.varkw
    }

    /// The signature of a function implemented in Rust whose arguments bind like a Python
    /// function's (the standard-library functions CPython writes in Python, such as
    /// `functools.update_wrapper`), for [`bind_params`]: `params` are the positional names
    /// then the keyword-only ones.
    pub const fn native(
        qualname: &'static str,
        params: &'static [&'static str],
        npos: usize,
        varargs: bool,
        varkw: bool,
    ) -> Code {
        Code {
            name: qualname,
            qualname,
            module: "builtins",
            file: "",
            params,
            posonly: 0,
            npos,
            kwonly: params.len() - npos,
            varargs,
            varkw,
            generator: false,
            doc: None,
        }
    }

    /// [`Code::native`] whose first `posonly` parameters are positional-only.
    pub const fn with_posonly(mut self, posonly: usize) -> Code {
        self.posonly = posonly;
        self
    }
}

/// A Python function object.
pub struct Function {
    /// Static description.
    pub code: &'static Code,
    /// Defaults of the last `defaults.len()` positional parameters (`__defaults__`,
    /// replaceable after the definition).
    pub defaults: RefCell<Vec<Value>>,
    /// Defaults of the keyword-only parameters (`None` = required; `__kwdefaults__`).
    pub kwdefaults: RefCell<Vec<Option<Value>>>,
    /// Closure cells, in the order the body expects them.
    pub closure: Vec<Cell>,
    /// The compiled body.
    pub imp: FnImpl,
    /// Function attributes (`f.__dict__`).
    pub attrs: RefCell<Option<Rc<PyDict>>>,
    /// `__name__`, `__qualname__`, `__doc__` and `__module__` once assigned (by
    /// `functools.wraps`, or `f.__name__ = ...`); `None` while they are the code's own.
    pub meta: RefCell<Option<Box<FnMeta>>>,
    /// `__annotations__` (a dict) once recorded at definition or first read.
    pub annotations: RefCell<Option<Value>>,
    /// The `__closure__` tuple once first read (so it and its cells keep their identity).
    pub closure_tuple: RefCell<Option<Value>>,
}

/// The writable metadata of a function that was assigned explicitly; `None` fields still
/// come from the function's [`Code`].
#[derive(Default)]
pub struct FnMeta {
    /// `__name__`.
    pub name: Option<Rc<str>>,
    /// `__qualname__`.
    pub qualname: Option<Rc<str>>,
    /// `__doc__`.
    pub doc: Option<Value>,
    /// `__module__`.
    pub module: Option<Value>,
}

impl Function {
    /// A function value.
    pub fn new(
        code: &'static Code,
        imp: FnImpl,
        defaults: Vec<Value>,
        kwdefaults: Vec<Option<Value>>,
        closure: Vec<Cell>,
    ) -> Value {
        Value::Function(Rc::new(Function {
            code,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            imp,
            attrs: RefCell::new(None),
            meta: RefCell::new(None),
            annotations: RefCell::new(None),
            closure_tuple: RefCell::new(None),
        }))
    }

    /// Records the annotations evaluated at the definition (`name -> value`, `return`
    /// last) and returns the function value.
    pub fn with_annotations(f: Value, items: Vec<(&str, Value)>) -> Value {
        if let Value::Function(func) = &f {
            let d = PyDict::new();
            for (k, v) in items {
                d.set_str(k, v);
            }
            *func.annotations.borrow_mut() = Some(Value::Dict(Rc::new(d)));
        }
        f
    }

    /// `__name__`.
    pub fn name(&self) -> Rc<str> {
        self.meta
            .borrow()
            .as_ref()
            .and_then(|m| m.name.clone())
            .unwrap_or_else(|| self.code.name.into())
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> Rc<str> {
        self.meta
            .borrow()
            .as_ref()
            .and_then(|m| m.qualname.clone())
            .unwrap_or_else(|| self.code.qualname.into())
    }

    /// `__doc__`.
    pub fn doc(&self) -> Value {
        self.meta
            .borrow()
            .as_ref()
            .and_then(|m| m.doc.clone())
            .or_else(|| self.code.doc.map(Value::str))
            .unwrap_or(Value::None)
    }

    /// `__module__`.
    pub fn module(&self) -> Value {
        self.meta
            .borrow()
            .as_ref()
            .and_then(|m| m.module.clone())
            .unwrap_or_else(|| Value::str(self.code.module))
    }

    /// Assigns one of the metadata attributes (`__name__`, `__qualname__`, `__doc__`,
    /// `__module__`); `Ok(false)` for other names. Names must be strings, as in CPython.
    pub fn set_meta(&self, name: &str, value: Value) -> PyResult<bool> {
        let as_str = |v: &Value| match v {
            Value::Str(s) => Ok(Rc::<str>::from(s.as_str())),
            _ => Err(type_error(format!("{name} must be set to a string object"))),
        };
        let mut meta = self.meta.borrow_mut();
        let m = meta.get_or_insert_with(Default::default);
        match name {
            "__name__" => m.name = Some(as_str(&value)?),
            "__qualname__" => m.qualname = Some(as_str(&value)?),
            "__doc__" => m.doc = Some(value),
            "__module__" => m.module = Some(value),
            "__defaults__" => {
                drop(meta);
                self.set_defaults(value)?;
            }
            "__kwdefaults__" => {
                drop(meta);
                self.set_kwdefaults(value)?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}

impl Function {
    /// `f.__defaults__ = value`: a tuple (kept as given; its last items default the last
    /// positional parameters) or `None`.
    pub fn set_defaults(&self, value: Value) -> PyResult<()> {
        let items = match &value {
            Value::None => Vec::new(),
            Value::Tuple(t) => t.items().to_vec(),
            _ => {
                return Err(type_error(
                    "__defaults__ must be set to a tuple object".to_string(),
                ));
            }
        };
        *self.defaults.borrow_mut() = items;
        Ok(())
    }

    /// `f.__kwdefaults__ = value`: a dict naming keyword-only parameters, or `None`.
    pub fn set_kwdefaults(&self, value: Value) -> PyResult<()> {
        let nkw = self.code.kwonly;
        let mut fresh: Vec<Option<Value>> = vec![None; nkw];
        match &value {
            Value::None => {}
            Value::Dict(d) => {
                for (i, slot) in fresh.iter_mut().enumerate() {
                    *slot = d.get_str(self.code.params[self.code.npos + i]);
                }
            }
            _ => {
                return Err(type_error(
                    "__kwdefaults__ must be set to a dict object".to_string(),
                ));
            }
        }
        *self.kwdefaults.borrow_mut() = fresh;
        Ok(())
    }
}

/// A function implemented in Rust, exposed as a Python object.
pub struct BuiltinFn {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub f: NativeFn,
}

/// What a bound method calls.
pub enum MethodTarget {
    /// A Python function; the receiver is passed as the first argument.
    Python(Value),
    /// A method of a built-in type.
    Native(&'static str, MethodFn),
    /// A built-in type's method taken from the class (`str.upper`): the first argument is the
    /// receiver.
    Unbound(&'static str, crate::types::class::BuiltinType, MethodFn),
    /// A class method implemented as a plain built-in (`int.from_bytes`): the receiver (the
    /// class) is not passed.
    Static(&'static BuiltinFn),
}

/// A method bound to its receiver (`obj.meth` without calling it).
pub struct BoundMethod {
    /// `__self__`.
    pub receiver: Value,
    /// `__func__`.
    pub target: MethodTarget,
}

impl BoundMethod {
    /// `type(m).__name__`.
    pub fn type_name(&self) -> &'static str {
        match self.target {
            MethodTarget::Python(_) => "method",
            MethodTarget::Native(..) => "builtin_function_or_method",
            MethodTarget::Unbound(n, t, _) if crate::types::object::base::is_slot_wrapper(t, n) => {
                "wrapper_descriptor"
            }
            MethodTarget::Unbound(..) => "method_descriptor",
            MethodTarget::Static(_) => "builtin_function_or_method",
        }
    }
}

fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Binds call arguments to the parameter slots of `f` (see [`Code`]), applying defaults and
/// raising CPython's `TypeError`s for mismatches.
pub fn bind_args(f: &Function, args: &[Value], kw: Kw) -> PyResult<Vec<Value>> {
    // Binding runs no Python code, so the defaults cannot be replaced while borrowed. An
    // assigned `__defaults__` longer than the positional parameters defaults them with its
    // last items.
    let defaults = f.defaults.borrow();
    let skip = defaults.len().saturating_sub(f.code.npos);
    bind_params(f.code, &defaults[skip..], &f.kwdefaults.borrow(), args, kw)
}

/// Binds call arguments to the parameter slots `code` describes (see [`Code`]), with
/// `defaults` for the last positional parameters and `kwdefaults` for the keyword-only ones
/// (`None` = required), raising CPython's `TypeError`s for mismatches.
pub fn bind_params(
    code: &Code,
    defaults: &[Value],
    kwdefaults: &[Option<Value>],
    args: &[Value],
    kw: Kw,
) -> PyResult<Vec<Value>> {
    let qn = code.qualname;
    // Fast path: exact positional call.
    if kw.is_empty() && args.len() == code.npos && !code.varargs && code.kwonly == 0 && !code.varkw
    {
        return Ok(args.to_vec());
    }
    let npos = code.npos;
    let mut slots: Vec<Option<Value>> = vec![None; npos];
    for (i, a) in args.iter().take(npos).enumerate() {
        slots[i] = Some(a.clone());
    }
    let extra: Vec<Value> = if args.len() > npos {
        args[npos..].to_vec()
    } else {
        Vec::new()
    };
    if !extra.is_empty() && !code.varargs {
        let ndef = defaults.len();
        let kwonly_given = kw
            .iter()
            .filter(|(k, _)| code.params[npos..].contains(k))
            .count();
        let takes = if ndef > 0 {
            format!("from {} to {} positional arguments", npos - ndef, npos)
        } else {
            format!(
                "{} positional argument{}",
                npos,
                if npos == 1 { "" } else { "s" }
            )
        };
        let given = args.len();
        let was = if given == 1 { "was" } else { "were" };
        if kwonly_given > 0 {
            return Err(type_error(format!(
                "{qn}() takes {takes} but {given} positional argument{} (and {} keyword-only argument{}) were given",
                if given == 1 { "" } else { "s" },
                kwonly_given,
                if kwonly_given == 1 { "" } else { "s" }
            )));
        }
        return Err(type_error(format!(
            "{qn}() takes {takes} but {given} {was} given"
        )));
    }
    let mut kwonly: Vec<Option<Value>> = vec![None; code.kwonly];
    let kwdict = if code.varkw {
        Some(PyDict::new())
    } else {
        None
    };
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for (name, value) in kw {
        if let Some(pos) = code.params.iter().position(|p| p == name) {
            if pos < code.posonly {
                if let Some(d) = &kwdict {
                    d.set_str(name, value.clone());
                    continue;
                }
                posonly_as_kw.push(name);
                continue;
            }
            let slot = if pos < npos {
                &mut slots[pos]
            } else {
                &mut kwonly[pos - npos]
            };
            if slot.is_some() {
                return Err(type_error(format!(
                    "{qn}() got multiple values for argument '{name}'"
                )));
            }
            *slot = Some(value.clone());
        } else if let Some(d) = &kwdict {
            if d.get_str(name).is_some() {
                return Err(type_error(format!(
                    "{qn}() got multiple values for keyword argument '{name}'"
                )));
            }
            d.set_str(name, value.clone());
        } else {
            return Err(type_error(format!(
                "{qn}() got an unexpected keyword argument '{name}'"
            )));
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{qn}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }
    let first_default = npos - defaults.len();
    let mut missing: Vec<&str> = Vec::new();
    for i in 0..npos {
        if slots[i].is_none() {
            if i >= first_default {
                slots[i] = Some(defaults[i - first_default].clone());
            } else {
                missing.push(code.params[i]);
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{qn}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    let mut missing_kw: Vec<&str> = Vec::new();
    for (i, slot) in kwonly.iter_mut().enumerate() {
        if slot.is_none() {
            match kwdefaults.get(i).cloned().flatten() {
                Some(d) => *slot = Some(d),
                None => missing_kw.push(code.params[npos + i]),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(type_error(format!(
            "{qn}() missing {} required keyword-only argument{}: {}",
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" },
            name_list(&missing_kw)
        )));
    }
    let mut out: Vec<Value> = slots
        .into_iter()
        .map(|s| s.unwrap_or(Value::None))
        .collect();
    if code.varargs {
        out.push(Value::tuple(extra));
    }
    out.extend(kwonly.into_iter().map(|s| s.unwrap_or(Value::None)));
    if let Some(d) = kwdict {
        out.push(Value::Dict(Rc::new(d)));
    }
    Ok(out)
}

/// Checks a built-in's positional argument count, raising CPython's message on mismatch.
pub fn check_arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({} given)", args.len()),
                1 => format!("{name}() takes exactly one argument ({} given)", args.len()),
                _ => format!("{name} expected {min} arguments, got {}", args.len()),
            }
        } else if args.len() < min {
            format!(
                "{name} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                args.len()
            )
        };
        return Err(type_error(msg));
    }
    Ok(())
}

/// Checks a positional argument count the way CPython's `PyArg_UnpackTuple` and
/// `_PyArg_CheckPositional` word it (`itemgetter expected 1 argument, got 0`), including for
/// one argument, where [`check_arity`] uses the `METH_O` wording.
pub fn check_unpack(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let (qualifier, count) = if min == max {
        ("", min)
    } else if n < min {
        ("at least ", min)
    } else {
        ("at most ", max)
    };
    Err(type_error(format!(
        "{name} expected {qualifier}{count} argument{}, got {n}",
        if count == 1 { "" } else { "s" }
    )))
}

/// Binds the arguments of a built-in to its parameters the way CPython's Argument Clinic and
/// `PyArg_ParseTupleAndKeywords` do, with their messages (`count() takes at most 2 arguments
/// (3 given)`, `repeat() missing required argument 'object' (pos 1)`, `'x' is an invalid
/// keyword argument for groupby()`, `argument for count() given by name ('start') and
/// position (1)`). `names` lists every parameter, the first `npos` of which may be passed
/// positionally; the first `required` must be given. Returns one slot per name.
pub fn parse_args(
    fname: &str,
    args: &[Value],
    kw: Kw,
    names: &[&str],
    npos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let (nargs, total, maxargs) = (args.len(), args.len() + kw.len(), names.len());
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if total > maxargs {
        let keyword = if nargs == 0 { "keyword " } else { "" };
        return Err(type_error(format!(
            "{fname}() takes at most {maxargs} {keyword}argument{} ({total} given)",
            plural(maxargs)
        )));
    }
    if nargs > npos {
        let msg = if npos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            let how = if required < npos {
                "at most"
            } else {
                "exactly"
            };
            format!(
                "{fname}() takes {how} {npos} positional argument{} ({nargs} given)",
                plural(npos)
            )
        };
        return Err(type_error(msg));
    }
    let mut out: Vec<Option<Value>> = Vec::with_capacity(maxargs);
    let mut used = 0;
    for (i, name) in names.iter().enumerate() {
        let v = if i < nargs {
            Some(args[i].clone())
        } else {
            let found = kw.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
            if found.is_some() {
                used += 1;
            }
            found
        };
        if v.is_none() && i < required {
            return Err(type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
        out.push(v);
    }
    if used < kw.len() {
        for (k, _) in kw {
            match names.iter().position(|n| n == k) {
                Some(i) if i < nargs => {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                Some(_) => {}
                None => {
                    return Err(type_error(format!(
                        "'{k}' is an invalid keyword argument for {fname}()"
                    )));
                }
            }
        }
    }
    Ok(out)
}

/// Rejects keyword arguments for a built-in that takes none.
pub fn no_kwargs(name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Looks a keyword argument up by name, for built-ins that take a few named options;
/// rejects unknown names with CPython's message.
pub fn take_kwargs<'a, const N: usize>(
    fname: &str,
    kw: Kw<'a>,
    names: [&str; N],
) -> PyResult<[Option<&'a Value>; N]> {
    let mut out: [Option<&Value>; N] = [None; N];
    for (k, v) in kw {
        match names.iter().position(|n| n == k) {
            Some(i) => out[i] = Some(v),
            None => {
                return Err(PyErr::new(
                    crate::types::class::BuiltinType::TypeError,
                    format!("{fname}() got an unexpected keyword argument '{k}'"),
                ));
            }
        }
    }
    Ok(out)
}
