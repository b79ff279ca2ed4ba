//! Rules for the board itself: the cap on a director's votes (WBTR) and who
//! decides when directors have a conflict of interest.

use crate::rules::{cites, Citation, Regime};
use serde::Serialize;

/// A director who could cast more votes than the other directors together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct CapBreach {
    /// The director's position in the list given.
    pub director: usize,
    /// Their votes.
    pub votes: u64,
    /// The other directors' votes together.
    pub others: u64,
}

/// The directors whose votes break the cap: statutes may give a director more than
/// one vote, but no director may cast more votes than the other directors together
/// (BW 2:44 lid 4 for vereniging and coöperatie, BW 2:291 lid 4 for the stichting;
/// VER-BRD-7, STI-2). Empty when the board is allowed.
///
/// The cap is read as a limit on *multiple* votes: a director with a single vote
/// never breaks it, so a one-person board stays possible (the literal text would
/// forbid a sole director — `[interpretation]`).
///
/// `decision-rules-nl.md` §J ex. 11: `[2, 1, 1]` is allowed (2 ≤ 2), `[3, 1, 1]` is not.
pub fn vote_cap_breaches(votes: &[u64]) -> Vec<CapBreach> {
    let total: u128 = votes.iter().map(|&v| u128::from(v)).sum();
    votes
        .iter()
        .enumerate()
        .filter_map(|(director, &v)| {
            let others = total - u128::from(v);
            (v > 1 && u128::from(v) > others).then(|| CapBreach {
                director,
                votes: v,
                others: u64::try_from(others).unwrap_or(u64::MAX),
            })
        })
        .collect()
}

/// The directors' votes when the chair (at position `chair`) also has a casting
/// vote: one extra vote, to be checked with [`vote_cap_breaches`]. `None` when
/// `chair` is not a position in `votes` or the count would overflow.
///
/// §J ex. 11: four directors with a casting vote `[2, 1, 1, 1]` are allowed (2 ≤ 3);
/// two directors `[2, 1]` are not.
pub fn with_casting_vote(votes: &[u64], chair: usize) -> Option<Vec<u64>> {
    let mut out = votes.to_vec();
    let slot = out.get_mut(chair)?;
    *slot = slot.checked_add(1)?;
    Some(out)
}

/// The citation of the vote cap for `regime`.
pub fn vote_cap_citation(regime: Regime) -> Citation {
    match regime {
        Regime::Stichting => cites::STI_2,
        _ => cites::VER_BRD_7,
    }
}

/// Who decides when directors have a conflicting personal interest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ConflictResolution {
    /// The directors without a conflict decide; the conflicted ones take part in
    /// neither deliberation nor decision.
    RemainingDirectors {
        /// How many remain.
        count: usize,
    },
    /// Every director is conflicted: the supervisory board decides.
    SupervisoryBoard,
    /// Every director is conflicted and there is no supervisory board: the general
    /// meeting decides (vereniging, coöperatie; unless the statutes say otherwise).
    GeneralMeeting,
    /// Every director is conflicted and there is no supervisory board: a stichting's
    /// board decides anyway and records its reasons in writing (unless the statutes
    /// say otherwise).
    BoardWithWrittenReasons,
}

/// Who decides when `conflicted` of `directors` have a conflict of interest
/// (BW 2:44, 2:291 per WBTR; VER-BRD-8, STI-2; §J ex. 12). `None` when there are no
/// directors or more conflicted than directors.
///
/// An informal group has no statutory board: the group decides.
pub fn conflict_of_interest(
    regime: Regime,
    directors: usize,
    conflicted: usize,
    supervisory_board: bool,
) -> Option<ConflictResolution> {
    if directors == 0 || conflicted > directors {
        return None;
    }
    Some(if conflicted < directors {
        ConflictResolution::RemainingDirectors {
            count: directors - conflicted,
        }
    } else if supervisory_board && regime != Regime::InformalGroup {
        ConflictResolution::SupervisoryBoard
    } else if regime == Regime::Stichting {
        ConflictResolution::BoardWithWrittenReasons
    } else {
        ConflictResolution::GeneralMeeting
    })
}

/// The citation of the conflict-of-interest rule for `regime`.
pub fn conflict_citation(regime: Regime) -> Citation {
    match regime {
        Regime::Stichting => cites::STI_2,
        _ => cites::VER_BRD_8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(votes, expected breaching positions)`.
    fn check(votes: &[u64], breaching: &[usize]) {
        let got: Vec<usize> = vote_cap_breaches(votes)
            .iter()
            .map(|b| b.director)
            .collect();
        assert_eq!(got, breaching, "{votes:?}");
    }

    #[test]
    fn worked_example_11_vote_cap() {
        check(&[2, 1, 1], &[]); // chair 2, others 1 + 1: 2 ≤ 2
        check(&[3, 1, 1], &[0]); // 3 > 2
        assert_eq!(
            vote_cap_breaches(&[3, 1, 1]),
            vec![CapBreach {
                director: 0,
                votes: 3,
                others: 2
            }]
        );
        // Casting vote: 4 directors allowed, 2 directors forbidden.
        check(&with_casting_vote(&[1, 1, 1, 1], 0).unwrap(), &[]);
        check(&with_casting_vote(&[1, 1], 0).unwrap(), &[0]);
        assert_eq!(with_casting_vote(&[1, 1], 2), None);
        assert_eq!(with_casting_vote(&[u64::MAX], 0), None);
    }

    #[test]
    fn single_votes_never_break_the_cap() {
        check(&[1], &[]);
        check(&[1, 1], &[]);
        check(&[], &[]);
        check(&[2], &[0]);
        check(&[0, 5, 5], &[]);
        check(&[u64::MAX, u64::MAX, 1], &[]);
        check(&[u64::MAX, 1], &[0]);
    }

    #[test]
    fn citations() {
        assert_eq!(
            vote_cap_citation(Regime::Vereniging).source,
            "BW 2:44 lid 4"
        );
        assert_eq!(
            vote_cap_citation(Regime::Stichting).source,
            "BW 2:291 lid 4 (WBTR)"
        );
        assert_eq!(conflict_citation(Regime::Cooperatie).rule_id, "VER-BRD-8");
    }

    #[test]
    fn worked_example_12_conflict_of_interest() {
        use ConflictResolution as R;
        let v = Regime::Vereniging;
        assert_eq!(
            conflict_of_interest(v, 5, 1, false),
            Some(R::RemainingDirectors { count: 4 })
        );
        assert_eq!(
            conflict_of_interest(v, 5, 5, false),
            Some(R::GeneralMeeting)
        );
        assert_eq!(
            conflict_of_interest(Regime::Stichting, 5, 5, false),
            Some(R::BoardWithWrittenReasons)
        );
        assert_eq!(
            conflict_of_interest(v, 5, 5, true),
            Some(R::SupervisoryBoard)
        );
        assert_eq!(
            conflict_of_interest(Regime::Stichting, 3, 3, true),
            Some(R::SupervisoryBoard)
        );
        assert_eq!(conflict_of_interest(v, 0, 0, false), None);
        assert_eq!(conflict_of_interest(v, 3, 4, false), None);
    }
}
