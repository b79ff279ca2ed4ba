//! # governance — Samen's pure core
//!
//! Everything Samen decides or counts happens here: decision rules and motions,
//! counting methods for elections, the legal-form catalog and its recommendation,
//! validation of a collective's rules, and the explanations behind every result.
//!
//! Invariants (see ARCHITECTURE.md):
//! - no I/O, no clock, no randomness, no web-sys: every input is an argument;
//! - exact arithmetic only (integers, exact rationals, prescribed fixed point);
//! - a missed quorum or a tie is a *result*, never an error;
//! - results carry explanation *data*; callers render it in Dutch or English.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod attendance;
pub mod ballot;
pub mod blt;
pub mod board;
pub mod calendar;
pub mod collective;
pub mod file;
pub mod fraction;
pub mod legal;
pub mod lot;
pub mod motion;
pub mod rules;
pub mod tally;
pub mod validate;
