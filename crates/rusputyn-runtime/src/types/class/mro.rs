//! C3 linearisation: the method resolution order of a class with several bases, with
//! CPython's errors for duplicate and inconsistent bases.

use crate::err::{PyErr, type_error};
use crate::types::class::Class;
use std::rc::Rc;

/// The MRO of a new class with `bases`, without the class itself (which always comes first).
pub fn c3_tail(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, PyErr> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
            return Err(type_error(format!("duplicate base class {}", b.name)));
        }
    }
    if bases.len() == 1 {
        return Ok(bases[0].mro().cloned().collect());
    }
    // The sequences to merge: each base's MRO, then the list of bases itself.
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro().cloned().collect()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        // The first head that appears in no other sequence's tail.
        let head = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, h))));
        let Some(head) = head else {
            return Err(inconsistent(&seqs));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// CPython names the remaining heads (in base order, each once) in the error.
fn inconsistent(seqs: &[Vec<Rc<Class>>]) -> PyErr {
    let mut names: Vec<&str> = Vec::new();
    let mut seen: Vec<&Rc<Class>> = Vec::new();
    // The last sequence is the base list: its order is the reported order.
    for s in seqs.iter() {
        let h = &s[0];
        if !seen.iter().any(|c| Rc::ptr_eq(c, h)) {
            seen.push(h);
            names.push(&h.name);
        }
    }
    type_error(format!(
        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
        names.join(", ")
    ))
}
