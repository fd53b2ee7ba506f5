//! The memory allocator of programs linked with the runtime.
//!
//! A Python program allocates and frees small objects at a very high rate (every `str`,
//! big int, list, instance and argument vector), which is why CPython has its own
//! small-object allocator. Native programs use mimalloc, whose per-thread free lists make
//! that pattern several times cheaper than the system `malloc` (glibc's was a fifth of
//! the instructions of most benchmarks). WebAssembly keeps Rust's default allocator, and
//! an embedder that wants its own turns off the default `mimalloc` feature.

#[cfg(all(feature = "mimalloc", not(target_family = "wasm")))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
