//! Writes a synthetic BLT file to standard output, for benchmarks:
//! `cargo run --example gen_blt -- [BALLOTS] [CANDIDATES] [SEED]`
//! (defaults 100000, 10, 1). Every ballot line has weight 1 and ranks all
//! candidates in a random order. Deterministic: the same arguments give the same file.

use governance::lot::Lot;
use std::io::{self, BufWriter, Write};

fn arg(n: usize, default: u64) -> Result<u64, String> {
    match std::env::args().nth(n) {
        None => Ok(default),
        Some(s) => s
            .parse()
            .map_err(|_| format!("argument {n}: not a number: {s}")),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let ballots = arg(1, 100_000)?;
    let candidates = usize::try_from(arg(2, 10)?)?.max(1);
    let mut lot = Lot::new(arg(3, 1)?);
    let mut out = BufWriter::new(io::stdout().lock());
    writeln!(out, "{candidates} 1")?;
    let mut order: Vec<usize> = (1..=candidates).collect();
    for _ in 0..ballots {
        // Fisher–Yates shuffle.
        for i in (1..order.len()).rev() {
            order.swap(i, lot.below(i + 1));
        }
        out.write_all(b"1")?;
        for c in &order {
            write!(out, " {c}")?;
        }
        out.write_all(b" 0\n")?;
    }
    writeln!(out, "0")?;
    for c in 1..=candidates {
        write!(out, "\"Candidate {c}\" ")?;
    }
    writeln!(out, "\n\"Synthetic election: {ballots} ballots, seeded\"")?;
    out.flush()?;
    Ok(())
}
