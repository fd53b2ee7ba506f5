//! `__del__`: an instance of a class defining it runs it when its last reference goes, as in
//! CPython (values are reference counted here too). The finalizer runs on a revived copy of
//! the instance (same class, `__dict__` and state), at most once, and never while the thread
//! is unwinding a panic or once the program has finished and its globals are being torn
//! down. An exception it raises is reported on stderr as CPython's "Exception ignored in"
//! and otherwise ignored.

use crate::types::class::{HOOK_DEL, Instance};
use crate::value::Value;
use std::cell::Cell;
use std::rc::Rc;

impl Drop for Instance {
    fn drop(&mut self) {
        if self.finalized.get() || self.class.hooks() & HOOK_DEL == 0 {
            return;
        }
        if std::thread::panicking() || crate::types::generator::is_finalizing() {
            return;
        }
        let Some(del) = self.class.lookup("__del__") else {
            return;
        };
        let revived = Rc::new(Instance {
            class: self.class.clone(),
            dict: self.dict.clone(),
            exc: self.exc.take(),
            native: self.native.take(),
            base: self.base.take(),
            finalized: Cell::new(true),
            slot_values: self.slot_values.take(),
        });
        let obj = Value::Instance(revived);
        if let Err(e) = crate::types::object::call_unbound(&del, &obj, &[]) {
            crate::io::flush_stdout();
            let what = crate::ops::repr_of(&del).unwrap_or_else(|_| "<object>".to_string());
            crate::io::write_stderr(&format!(
                "Exception ignored in: {what}\n{}",
                crate::err::format_traceback(&e)
            ));
        }
    }
}
