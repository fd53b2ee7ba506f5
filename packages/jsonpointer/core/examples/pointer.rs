//! Parses the pointers given on the command line and prints their parts,
//! the canonical path, and how the last part reads as an array index.
//!
//! `cargo run -p rusputyn-jsonpointer-core --example pointer -- '/a~1b/0' '/x~'`

use rusputyn_jsonpointer_core::{Pointer, parse_array_index};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let inputs = if args.is_empty() {
        vec!["/foo/a~1b/m~0n/0".to_owned(), "no-slash".to_owned()]
    } else {
        args
    };
    for input in inputs {
        match Pointer::parse(&input) {
            Ok(ptr) => {
                let last = ptr.parts().last().map(|p| parse_array_index(p));
                println!(
                    "{input:?}: parts={:?} path={:?} last-as-index={last:?}",
                    ptr.parts(),
                    ptr.path()
                );
            }
            Err(e) => println!("{input:?}: error: {e}"),
        }
    }
}
