//! Schulze's beat-path method (`counting-methods.md` §6).
//!
//! Pairwise counts `d` (unranked candidates below ranked ones), link strengths by
//! winning votes (default) or margins, widest paths `p`. The winners are the
//! candidates that nobody beats (`p[a][b] ≥ p[b][a]` for every `b`).
//!
//! **Seats.** For `N` seats the candidates are ranked in groups: the first group is
//! the winners; each next group is the candidates that nobody *remaining* beats, using
//! the same `p`. Because `a ≻ b ⇔ p[a][b] > p[b][a]` is transitive, this is a linear
//! extension of `≻` and its first group is exactly the winner set of step 4
//! [interpretation: §6 suggests sorting by the number of candidates beaten, which can
//! put a single candidate first where step 4 gives a tie; the grouping here never
//! contradicts step 4]. A group straddling seat `N` is a tie (§1).

use super::pairwise::Pairwise;
use super::select::fill_seats;
use super::{LotDrawn, Tally, TieBreak};
use crate::ballot::{CandidateId, Election};
use serde::Serialize;

/// How strong a pairwise defeat is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// `d[a][b]`, the votes for the winner of the pair (Schulze's default).
    #[default]
    WinningVotes,
    /// `d[a][b] − d[b][a]` (pref_voting's default).
    Margins,
}

/// The Schulze count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SchulzeReport {
    /// The link strength used.
    pub strength: Strength,
    /// Running candidates, ascending: row and column `i` of `d` and `p` are `candidates[i]`.
    pub candidates: Vec<CandidateId>,
    /// `d[i][j]`: weight of the ballots ranking `candidates[i]` above `candidates[j]`.
    pub d: Vec<Vec<u64>>,
    /// `p[i][j]`: strength of the widest path from `candidates[i]` to `candidates[j]`.
    pub p: Vec<Vec<u64>>,
    /// The winners (nobody beats them), ascending.
    pub winners: Vec<CandidateId>,
    /// All running candidates in groups, best first, each group ascending.
    pub ranking: Vec<Vec<CandidateId>>,
    /// Weight of the empty ballots (not counted).
    pub blank: u64,
    /// Weight of the non-empty ballots.
    pub valid: u64,
    /// Lots drawn, in order.
    pub lots: Vec<LotDrawn>,
}

/// Counts `election` by Schulze with winning votes.
pub fn count(election: &Election, tie: TieBreak) -> Tally<SchulzeReport> {
    count_with(election, tie, Strength::WinningVotes)
}

/// Counts `election` by Schulze with the given link strength.
pub fn count_with(election: &Election, tie: TieBreak, strength: Strength) -> Tally<SchulzeReport> {
    let Pairwise {
        candidates,
        d,
        blank,
        valid,
    } = Pairwise::count(election);
    let p = widest_paths(&d, strength);
    let ranking = rank(&candidates, &p);
    let sel = fill_seats(ranking.clone(), election.seats, tie);
    Tally {
        seats: election.seats,
        elected: sel.elected,
        tied: sel.tied,
        report: SchulzeReport {
            strength,
            winners: ranking.first().cloned().unwrap_or_default(),
            ranking,
            candidates,
            d,
            p,
            blank,
            valid,
            lots: sel.lots,
        },
    }
}

/// Steps 2 and 3: link strengths, then the widest paths (Floyd–Warshall).
fn widest_paths(d: &[Vec<u64>], strength: Strength) -> Vec<Vec<u64>> {
    let n = d.len();
    let mut p = vec![vec![0u64; n]; n];
    for i in 0..n {
        for j in 0..n {
            if i != j && d[i][j] > d[j][i] {
                p[i][j] = match strength {
                    Strength::WinningVotes => d[i][j],
                    Strength::Margins => d[i][j] - d[j][i],
                };
            }
        }
    }
    let mut row_k = vec![0u64; n];
    for k in 0..n {
        row_k.copy_from_slice(&p[k]);
        for (i, row_i) in p.iter_mut().enumerate() {
            let pik = row_i[k];
            if i == k || pik == 0 {
                continue;
            }
            for (j, (pij, &pkj)) in row_i.iter_mut().zip(&row_k).enumerate() {
                // j == k: min(p[i][k], p[k][k] = 0) never improves; j == i is skipped.
                if j != i && pik.min(pkj) > *pij {
                    *pij = pik.min(pkj);
                }
            }
        }
    }
    p
}

/// Groups the candidates: repeatedly, those that no remaining candidate beats.
fn rank(candidates: &[CandidateId], p: &[Vec<u64>]) -> Vec<Vec<CandidateId>> {
    let mut remaining: Vec<usize> = (0..candidates.len()).collect();
    let mut groups = Vec::new();
    while !remaining.is_empty() {
        let (top, rest): (Vec<usize>, Vec<usize>) = remaining
            .iter()
            .partition(|&&a| remaining.iter().all(|&b| p[a][b] >= p[b][a]));
        if top.is_empty() {
            // Unreachable: `≻` is a strict partial order, so some candidate is unbeaten.
            // Kept total anyway: the rest are one group rather than a panic or a loop.
            groups.push(rest.iter().map(|&i| candidates[i]).collect());
            break;
        }
        groups.push(top.iter().map(|&i| candidates[i]).collect());
        remaining = rest;
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tally::testutil::{election, names, outcome};

    fn check(input: &str, strength: Strength, expected: &str) {
        let e = election(input);
        let t = count_with(&e, TieBreak::default(), strength);
        let ranking: Vec<String> = t.report.ranking.iter().map(|g| names(&e, g)).collect();
        let got = format!(
            "d {:?} p {:?} ranking [{}] → {}",
            t.report.d,
            t.report.p,
            ranking.join(" | "),
            outcome(&e, &t)
        );
        assert_eq!(got, expected);
    }

    #[test]
    fn x_complete_rankings() {
        // d: A>B 13:7, B>C 15:5, C>A 12:8; p[A][B] 13 vs 12, p[A][C] 13 vs 12, p[B][C] 15 vs 12.
        check(
            "8 A>B>C; 7 B>C>A; 5 C>A>B",
            Strength::WinningVotes,
            "d [[0, 13, 8], [7, 0, 15], [12, 5, 0]] p [[0, 13, 13], [12, 0, 15], [12, 12, 0]] \
             ranking [A | B | C] → elected [A] tied []",
        );
    }

    #[test]
    fn x_margins_give_the_same_result() {
        check(
            "8 A>B>C; 7 B>C>A; 5 C>A>B",
            Strength::Margins,
            "d [[0, 13, 8], [7, 0, 15], [12, 5, 0]] p [[0, 6, 6], [4, 0, 10], [4, 4, 0]] \
             ranking [A | B | C] → elected [A] tied []",
        );
    }

    #[test]
    fn s_t_winning_votes_elects_c() {
        check(
            "3 B; 4 A>C; 2 C>B>A",
            Strength::WinningVotes,
            "d [[0, 4, 4], [5, 0, 3], [2, 6, 0]] p [[0, 4, 4], [5, 0, 4], [5, 6, 0]] \
             ranking [C | B | A] → elected [C] tied []",
        );
    }

    #[test]
    fn s_t_margins_elects_a() {
        check(
            "3 B; 4 A>C; 2 C>B>A",
            Strength::Margins,
            "d [[0, 4, 4], [5, 0, 3], [2, 6, 0]] p [[0, 2, 2], [1, 0, 1], [1, 3, 0]] \
             ranking [A | C | B] → elected [A] tied []",
        );
    }

    #[test]
    fn x_two_seats_follow_the_ranking() {
        let e = election("2 seats; 8 A>B>C; 7 B>C>A; 5 C>A>B");
        assert_eq!(
            outcome(&e, &count(&e, TieBreak::default())),
            "elected [A, B] tied []"
        );
    }

    #[test]
    fn unbeaten_candidates_tie_even_if_one_beats_more() {
        // A ties B and C pairwise; B beats C. Step 4: A and B are both unbeaten.
        check(
            "1 A>B>C; 1 B>C>A",
            Strength::WinningVotes,
            "d [[0, 1, 1], [1, 0, 2], [1, 0, 0]] p [[0, 0, 0], [0, 0, 2], [0, 0, 0]] \
             ranking [A, B | C] → elected [] tied [A, B]",
        );
    }

    #[test]
    fn a_group_that_fits_is_elected() {
        let e = election("2 seats; 1 A>B>C; 1 B>C>A");
        assert_eq!(
            outcome(&e, &count(&e, TieBreak::default())),
            "elected [A, B] tied []"
        );
    }

    #[test]
    fn seeded_lot_breaks_the_winner_tie() {
        let e = election("1 A>B; 1 B>A");
        let t = count(&e, TieBreak { seed: Some(3) });
        assert_eq!(t.elected.len(), 1);
        assert!(t.tied.is_empty());
        assert_eq!(t.report.lots[0].tied, vec![0, 1]);
    }

    #[test]
    fn withdrawn_and_blank() {
        let e = election("withdrawn A; 4 A; 3 B>A>C; 2 C");
        let t = count(&e, TieBreak::default());
        assert_eq!(t.report.candidates, vec![1, 2]);
        assert_eq!((t.report.blank, t.report.valid), (4, 5));
        assert_eq!(outcome(&e, &t), "elected [B] tied []");
    }
}
