//! Counting methods for elections (ranked, approval, score, consent).
//!
//! Every method takes its ballots plus a [`TieBreak`] and returns the elected in
//! order of election, any unresolved tie, and round-by-round report data.
