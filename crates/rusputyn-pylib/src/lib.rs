//! The standard-library modules Rusputyn implements in Python rather than in the Rust
//! runtime: modules whose substance is object-model plumbing (context-manager helpers,
//! decorators, class factories), where Python is the clearest way to say what CPython does.
//! They are compiled with the program that imports them, exactly like the program's own
//! modules, and call into the runtime for everything else.
//!
//! Each module is a file under `lib/` (a package is `lib/<name>/__init__.py`), embedded here
//! by the one table [`MODULES`]; a test checks the table and the directory agree.

/// A library module's source.
#[derive(Debug, Clone, Copy)]
pub struct LibModule {
    /// Absolute dotted module name.
    pub name: &'static str,
    /// Path below `lib/` (shown in tracebacks as `<rusputyn>/<path>`).
    pub path: &'static str,
    /// The Python source.
    pub source: &'static str,
    /// True for a package's `__init__.py`.
    pub is_package: bool,
}

macro_rules! lib_modules {
    ($($name:literal => $path:literal $(, package = $pkg:literal)?;)*) => {
        /// Every library module.
        pub static MODULES: &[LibModule] = &[
            $(LibModule {
                name: $name,
                path: $path,
                source: include_str!(concat!("../lib/", $path)),
                is_package: false $(|| $pkg)?,
            },)*
        ];
    };
}

lib_modules! {
    "_collections_abc" => "_collections_abc.py";
    "abc" => "abc.py";
    "asyncio" => "asyncio/__init__.py", package = true;
    "asyncio.coroutines" => "asyncio/coroutines.py";
    "asyncio.events" => "asyncio/events.py";
    "asyncio.exceptions" => "asyncio/exceptions.py";
    "asyncio.futures" => "asyncio/futures.py";
    "asyncio.locks" => "asyncio/locks.py";
    "asyncio.queues" => "asyncio/queues.py";
    "asyncio.runners" => "asyncio/runners.py";
    "asyncio.taskgroups" => "asyncio/taskgroups.py";
    "asyncio.tasks" => "asyncio/tasks.py";
    "asyncio.timeouts" => "asyncio/timeouts.py";
    "bisect" => "bisect.py";
    "collections" => "collections/__init__.py", package = true;
    "collections.abc" => "collections/abc.py";
    "contextlib" => "contextlib.py";
    "dataclasses" => "dataclasses.py";
    "decimal" => "decimal.py";
    "enum" => "enum.py";
    "fractions" => "fractions.py";
    "heapq" => "heapq.py";
    "importlib" => "importlib/__init__.py", package = true;
    "inspect" => "inspect.py";
    "io" => "io.py";
    "keyword" => "keyword.py";
    "types" => "types.py";
    "typing" => "typing.py";
}

/// The library module `name`, if Rusputyn implements it in Python.
pub fn find(name: &str) -> Option<&'static LibModule> {
    MODULES.iter().find(|m| m.name == name)
}

#[cfg(test)]
mod tests {
    use super::MODULES;

    /// Every `.py` file under `lib/` is in the table, and nothing else.
    #[test]
    fn table_matches_directory() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
        let mut files = Vec::new();
        let mut stack = vec![root.clone()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).expect("lib/ is readable").flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "py") {
                    files.push(
                        p.strip_prefix(&root)
                            .expect("below lib/")
                            .to_string_lossy()
                            .replace('\\', "/"),
                    );
                }
            }
        }
        files.sort();
        let mut listed: Vec<String> = MODULES.iter().map(|m| m.path.to_string()).collect();
        listed.sort();
        assert_eq!(files, listed);
        for m in MODULES {
            let expected = m
                .path
                .trim_end_matches(".py")
                .trim_end_matches("/__init__")
                .replace('/', ".");
            assert_eq!(m.name, expected, "{} is at the wrong path", m.name);
        }
    }
}
