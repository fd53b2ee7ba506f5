//! `_inspect`: the introspection primitives the Python-source `inspect` module needs and
//! compiled code cannot express itself (CPython reads them off frame objects, which compiled
//! programs do not have).

use crate::err::attribute_error;
use crate::types::function::{BuiltinFn, Kw, check_arity, no_kwargs};
use crate::types::module::Module;
use crate::value::{PyResult, Value};
use std::rc::Rc;

static GETGENERATORSTATE: BuiltinFn = BuiltinFn {
    name: "getgeneratorstate",
    f: getgeneratorstate,
};

/// `getgeneratorstate(generator)`: the generator's state name; like CPython's, a
/// non-generator fails on the missing `gi_running` attribute.
fn getgeneratorstate(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("getgeneratorstate", kw)?;
    check_arity("getgeneratorstate", args, 1, 1)?;
    match &args[0] {
        Value::Generator(g) => Ok(Value::str(g.state_name())),
        other => Err(attribute_error(format!(
            "'{}' object has no attribute 'gi_running'",
            other.type_name()
        ))),
    }
}

/// Builds the `_inspect` module.
pub fn module() -> Rc<Module> {
    Module::new(
        "_inspect",
        vec![("getgeneratorstate", Value::Builtin(&GETGENERATORSTATE))],
    )
}
