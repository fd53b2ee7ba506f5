//! Small demonstration and throughput check of the core crate:
//! `cargo run --release --example escape_demo -p rusputyn-markupsafe-core`.

use std::time::Instant;

use rusputyn_markupsafe_core::{escape, striptags, unescape};

/// Times `f` (best of 10 rounds of `iters` calls, robust on a busy
/// machine) and prints MB/s for `bytes` per call.
fn throughput(label: &str, bytes: usize, iters: u32, mut f: impl FnMut() -> usize) {
    let mut sink = 0;
    let mut secs = f64::INFINITY;
    for _ in 0..10 {
        let start = Instant::now();
        for _ in 0..iters {
            sink += f();
        }
        secs = secs.min(start.elapsed().as_secs_f64());
    }
    let mbps = (bytes as f64 * f64::from(iters)) / secs / 1e6;
    println!(
        "{label:<28} {:>9.1} µs/call {mbps:>8.0} MB/s (checksum {sink})",
        secs * 1e6 / f64::from(iters)
    );
}

fn main() {
    println!("{}", escape("<script>alert('x' & \"y\")</script>"));
    println!(
        "{}",
        unescape("Caf&eacute; &amp; cr&egrave;me &#169; &notit;")
    );
    println!(
        "{}",
        striptags("<p>Hello <b>World</b> &raquo;\n<!-- hidden --> again</p>")
    );

    let clean = "The quick brown fox jumps over the lazy dog. ".repeat(2000);
    let dirty = "<p class=\"x\">Tom &amp; Jerry's <em>great</em> escape</p>\n".repeat(1500);
    let unicode = "Grüße, 世界! <ok> & 'fine' \u{1f600} ".repeat(2500);
    throughput("escape clean", clean.len(), 200, || escape(&clean).len());
    throughput("escape dirty", dirty.len(), 50, || escape(&dirty).len());
    throughput("escape non-ASCII", unicode.len(), 50, || {
        escape(&unicode).len()
    });
    throughput("unescape dirty", dirty.len(), 20, || unescape(&dirty).len());
    throughput("striptags dirty", dirty.len(), 20, || {
        striptags(&dirty).len()
    });
}
