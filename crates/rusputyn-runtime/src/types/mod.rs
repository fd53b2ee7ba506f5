//! The built-in types: one file for each type's object layout, one for its methods.

pub mod bytes_methods;
pub mod class;
pub mod dict;
pub mod dict_methods;
pub mod exc_methods;
pub mod float;
pub mod function;
pub mod generator;
pub mod generator_methods;
pub mod int;
pub mod intern;
pub mod iter;
pub mod list;
pub mod list_methods;
pub mod methods;
pub mod module;
pub mod num_methods;
pub mod object;
pub mod range;
pub mod set;
pub mod set_methods;
pub mod slice;
pub mod str;
pub mod str_methods;
pub mod tuple;
pub mod tuple_methods;
