//! The arguments a compiled function body receives: bound parameter slots borrowed from the
//! caller (an optional receiver in front of a slice), so an exact positional call or a
//! method call with its receiver prepended passes the caller's values through without
//! building a `Vec`.

use crate::value::Value;

/// Bound parameter slots (see [`crate::types::function::Code`] for the layout): `recv`, if
/// any, is slot 0 and `rest` the following slots.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    recv: Option<&'a Value>,
    rest: &'a [Value],
}

impl<'a> Args<'a> {
    /// Slots given as one slice.
    #[inline]
    pub fn new(rest: &'a [Value]) -> Args<'a> {
        Args { recv: None, rest }
    }

    /// Slots given as a receiver followed by a slice (a method call).
    #[inline]
    pub fn with_recv(recv: &'a Value, rest: &'a [Value]) -> Args<'a> {
        Args {
            recv: Some(recv),
            rest,
        }
    }

    /// The number of slots.
    #[inline]
    pub fn len(&self) -> usize {
        self.rest.len() + self.recv.is_some() as usize
    }

    /// Whether there are no slots.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Slot `i`, borrowed.
    #[inline]
    pub fn at(&self, i: usize) -> Option<&'a Value> {
        match self.recv {
            Some(r) if i == 0 => Some(r),
            Some(_) => self.rest.get(i - 1),
            None => self.rest.get(i),
        }
    }

    /// Slot `i`, cloned (a parameter's initial value).
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.at(i).cloned()
    }

    /// Every slot, owned (a generator's body, which runs after the call returns).
    pub fn to_vec(&self) -> Vec<Value> {
        let mut v = Vec::with_capacity(self.len());
        v.extend(self.recv.cloned());
        v.extend_from_slice(self.rest);
        v
    }
}
