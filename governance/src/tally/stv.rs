//! Scottish STV: the Scottish Local Government Elections Order 2007 (SSI 2007/42),
//! Schedule 1 rules 45–52 (`counting-methods.md` §4).
//!
//! Weighted inclusive Gregory method in integers of 10⁻⁵ ("units"):
//! - quota `⌊valid/(seats+1)⌋ + 1` (rule 46); elected when votes **≥** quota (rule 47);
//! - a surplus `S` of a candidate with `T` votes moves **all** their papers, each at
//!   `⌊S·v/T⌋` where `v` is the paper's value (rule 48), truncated per paper; papers
//!   without a next continuing preference are non-transferable; what truncation
//!   drops is reported as lost;
//! - one surplus per stage, largest first, ties by the most recent earlier stage
//!   where the tied candidates differed (rule 49);
//! - otherwise one exclusion per stage, all papers at their value (rule 50), ties by
//!   the most recent earlier stage where they differed (rule 51), then §1
//!   (zero-vote ties that cannot matter go in candidate order; else lot or `tied`);
//! - when the continuing candidates are no more than the vacancies, all are elected
//!   (rule 52), checked at the end of every stage before any surplus transfer.
//!
//! With three or more tied candidates the look-back keeps, at the most recent
//! earlier stage where they are not all equal, only those lowest (rule 51) or highest
//! (rule 49) there, and continues backwards with that subset
//! (`counting-methods.md` §4 tie notes).

use super::irv::{look_back, sat64, Prefs};
use super::{LotDrawn, Tally, TieBreak};
use crate::ballot::{CandidateId, Election};
use crate::lot::Lot;
use serde::Serialize;

/// One vote in the units of this count: votes are integers in 10⁻⁵.
pub const UNIT: u128 = 100_000;

/// Formats a number of units (10⁻⁵) as an exact decimal with 5 decimals:
/// `format_units(766_664) == "7.66664"`.
pub fn format_units(units: u128) -> String {
    format!("{}.{:05}", units / UNIT, units % UNIT)
}

/// The state of a candidate at the end of a stage (or round).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum CandidateState {
    /// Withdrawn before the count.
    Withdrawn,
    /// Still in the count (Meek: hopeful).
    Continuing,
    /// Elected.
    Elected,
    /// Excluded (Meek: defeated).
    Excluded,
}

/// What a stage does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum StvAction {
    /// Stage 1: every valid paper at value 1 to its first preference (rule 45).
    FirstCount,
    /// Transfer of all papers of an elected candidate with a surplus (rule 48).
    Surplus {
        /// Whose surplus.
        candidate: CandidateId,
        /// The surplus `S` (units).
        surplus: u128,
        /// The candidate's votes `T` before the transfer (units).
        total: u128,
        /// The value a paper of value 1 receives: `⌊S·10⁵/T⌋` units. A paper of
        /// value `v` receives `⌊S·v/T⌋`.
        transfer_value: u128,
    },
    /// Exclusion of a candidate: all their papers at their value (rule 50).
    Exclusion {
        /// The excluded candidate.
        candidate: CandidateId,
    },
}

/// A tie settled (or not) in choosing a stage's action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum StvTie {
    /// Rule 49: equal surpluses; the candidate with more votes at `stage` goes first.
    Rule49 {
        /// Candidates with equal largest surplus, ascending.
        tied: Vec<CandidateId>,
        /// The earliest stage consulted (the one that decided).
        stage: usize,
    },
    /// Rule 51: equal fewest votes; the candidate with fewer votes at `stage` goes.
    Rule51 {
        /// Candidates tied for exclusion, ascending.
        tied: Vec<CandidateId>,
        /// The earliest stage consulted (the one that decided).
        stage: usize,
    },
    /// §1 immaterial zero-vote tie: no tied candidate holds votes and excluding them
    /// all leaves enough continuing candidates; the lowest-numbered goes first.
    NoVotes {
        /// Candidates tied with no votes, ascending.
        tied: Vec<CandidateId>,
    },
    /// Decided by lot from the caller's seed.
    Lot(LotDrawn),
    /// Not decided (no seed): the count stops; [`Tally::tied`] holds the same set.
    Unresolved {
        /// Candidates among whom a lot is needed, ascending.
        tied: Vec<CandidateId>,
    },
}

/// One stage of a Scottish STV count. Votes are in units of 10⁻⁵
/// (see [`format_units`]); `Σ votes + non_transferable + lost = valid · 10⁵`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StvStage {
    /// Stage number, from 1.
    pub stage: usize,
    /// What this stage did.
    pub action: StvAction,
    /// Votes of every candidate at the end of the stage, indexed by [`CandidateId`]
    /// (0 for withdrawn and excluded candidates; an elected candidate whose surplus
    /// was transferred keeps the quota).
    pub votes: Vec<u128>,
    /// State of every candidate at the end of the stage.
    pub states: Vec<CandidateState>,
    /// Non-transferable votes so far (cumulative).
    pub non_transferable: u128,
    /// Votes lost to truncation of transfer values so far (cumulative).
    pub lost: u128,
    /// Candidates elected at the end of this stage, in order of election.
    pub elected: Vec<CandidateId>,
    /// True when (some of) `elected` were elected by rule 52 (as many continuing
    /// candidates as vacancies), possibly below the quota.
    pub last_vacancies: bool,
    /// The tie settled in choosing this stage's action, if any; in the last stage of
    /// a count stopped by a tie, the unresolved tie.
    pub tie: Option<StvTie>,
}

/// Stage-by-stage report of a Scottish STV count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StvReport {
    /// Valid (non-empty) ballots.
    pub valid: u64,
    /// Empty ballots (blank; not counted).
    pub blank: u64,
    /// The quota in units (rule 46).
    pub quota: u128,
    /// The stages, in order.
    pub stages: Vec<StvStage>,
}

/// The papers and candidate totals of a count in progress.
struct Count<'p> {
    p: &'p Prefs,
    state: Vec<CandidateState>,
    votes: Vec<u128>,
    /// Value of each paper (one per valid ballot line).
    value: Vec<u128>,
    /// Position in its ranking of the candidate holding each paper.
    pos: Vec<usize>,
    /// Papers held by each candidate.
    piles: Vec<Vec<usize>>,
    non_transferable: u128,
    lost: u128,
}

impl Count<'_> {
    /// Moves the papers of `from` on to their next continuing preference.
    fn move_papers(&mut self, from: CandidateId) -> u128 {
        let mut moved = 0;
        for i in std::mem::take(&mut self.piles[from]) {
            let r = self.p.ranking(i);
            let mut k = self.pos[i] + 1;
            while k < r.len() && self.state[r[k]] != CandidateState::Continuing {
                k += 1;
            }
            self.pos[i] = k;
            let amount = u128::from(self.p.weight[i]) * self.value[i];
            moved += amount;
            match r.get(k) {
                Some(&c) => {
                    self.piles[c].push(i);
                    self.votes[c] += amount;
                }
                None => self.non_transferable += amount,
            }
        }
        moved
    }

    fn continuing(&self) -> Vec<CandidateId> {
        (0..self.p.candidates)
            .filter(|&c| self.state[c] == CandidateState::Continuing)
            .collect()
    }
}

/// Candidates sorted for the order of election: votes descending, then number.
fn by_votes(mut cs: Vec<CandidateId>, votes: &[u128]) -> Vec<CandidateId> {
    cs.sort_by(|&a, &b| votes[b].cmp(&votes[a]).then(a.cmp(&b)));
    cs
}

/// Counts `election` by Scottish STV (`counting-methods.md` §4).
///
/// Never panics. Elects at most `election.seats` candidates; fewer only when the
/// count stops at a tie that needs a lot and no seed was given, or when fewer
/// candidates run. An exclusion tie stops with the tied continuing candidates in
/// [`Tally::tied`]; a rule-49 tie (equal surpluses, equal at every earlier stage)
/// stops with the tied candidates, who are already elected, in [`Tally::tied`]: the
/// order of their transfers is what the lot would decide.
pub fn count(election: &Election, tie: TieBreak) -> Tally<StvReport> {
    let p = Prefs::new(election);
    let n = p.candidates;
    let seats = election.seats;
    let quota = (p.valid / (seats as u128 + 1) + 1) * UNIT;
    let mut lot = tie.seed.map(Lot::new);
    let mut c = Count {
        p: &p,
        state: p
            .running
            .iter()
            .map(|&r| {
                if r {
                    CandidateState::Continuing
                } else {
                    CandidateState::Withdrawn
                }
            })
            .collect(),
        votes: vec![0; n],
        value: vec![UNIT; p.lines()],
        pos: vec![0; p.lines()],
        piles: vec![Vec::new(); n],
        non_transferable: 0,
        lost: 0,
    };
    for i in 0..p.lines() {
        let first = p.ranking(i)[0];
        c.piles[first].push(i);
        c.votes[first] += u128::from(p.weight[i]) * UNIT;
    }
    let mut stages: Vec<StvStage> = Vec::new();
    let mut elected: Vec<CandidateId> = Vec::new();
    let mut pending: Vec<CandidateId> = Vec::new();
    let mut tied_out = Vec::new();
    let mut action = StvAction::FirstCount;
    let mut settled: Option<StvTie> = None;
    loop {
        // a. Everyone at or above the quota is elected (rule 47).
        let reached: Vec<CandidateId> = c
            .continuing()
            .into_iter()
            .filter(|&x| c.votes[x] >= quota)
            .collect();
        let mut newly = by_votes(reached, &c.votes);
        newly.truncate(seats.saturating_sub(elected.len()));
        for &x in &newly {
            c.state[x] = CandidateState::Elected;
            if c.votes[x] > quota {
                pending.push(x);
            }
        }
        elected.extend_from_slice(&newly);
        let vacancies = seats.saturating_sub(elected.len());
        let continuing = c.continuing();
        // c. Rule 52: no more continuing candidates than vacancies.
        let finished = vacancies == 0 || continuing.len() <= vacancies;
        let last_vacancies = vacancies > 0 && !continuing.is_empty() && finished;
        if last_vacancies {
            let rest = by_votes(continuing.clone(), &c.votes);
            for &x in &rest {
                c.state[x] = CandidateState::Elected;
            }
            elected.extend_from_slice(&rest);
            newly.extend(rest);
        }
        stages.push(StvStage {
            stage: stages.len() + 1,
            action,
            votes: c.votes.clone(),
            states: c.state.clone(),
            non_transferable: c.non_transferable,
            lost: c.lost,
            elected: newly,
            last_vacancies,
            tie: settled.take(),
        });
        // b. All seats filled (or rule 52 filled the rest).
        if finished {
            break;
        }
        let earlier = stages.len() - 1;
        let history = &stages;
        let mut stop = |tied: Vec<CandidateId>, stages: &mut Vec<StvStage>| {
            if let Some(last) = stages.last_mut() {
                last.tie = Some(StvTie::Unresolved { tied: tied.clone() });
            }
            tied_out = tied;
        };
        // d. The largest surplus, if any (rules 48, 49).
        if !pending.is_empty() {
            let largest = pending.iter().map(|&x| c.votes[x]).max().unwrap_or(0);
            let mut top: Vec<CandidateId> = pending
                .iter()
                .copied()
                .filter(|&x| c.votes[x] == largest)
                .collect();
            top.sort_unstable();
            let x = if top.len() == 1 {
                top[0]
            } else {
                let (set, decided) = look_back(&top, earlier, false, |s, x| history[s].votes[x]);
                match (set.len(), decided, lot.as_mut()) {
                    (1, Some(s), _) => {
                        settled = Some(StvTie::Rule49 {
                            tied: top,
                            stage: s + 1,
                        });
                        set[0]
                    }
                    (_, _, Some(lot)) => {
                        let chosen = lot.draw(&set);
                        settled = Some(StvTie::Lot(LotDrawn {
                            seed: tie.seed.unwrap_or_default(),
                            tied: set,
                            chosen,
                        }));
                        chosen
                    }
                    (_, _, None) => {
                        stop(set, &mut stages);
                        break;
                    }
                }
            };
            pending.retain(|&y| y != x);
            let total = c.votes[x];
            let surplus = total - quota;
            for i in 0..c.piles[x].len() {
                let paper = c.piles[x][i];
                c.value[paper] = surplus.saturating_mul(c.value[paper]) / total;
            }
            let moved = c.move_papers(x);
            c.lost += surplus.saturating_sub(moved);
            c.votes[x] = quota;
            action = StvAction::Surplus {
                candidate: x,
                surplus,
                total,
                transfer_value: surplus.saturating_mul(UNIT) / total,
            };
            continue;
        }
        // e. Exclude the candidate with the fewest votes (rules 50, 51, §1).
        let fewest = continuing.iter().map(|&x| c.votes[x]).min().unwrap_or(0);
        let low: Vec<CandidateId> = continuing
            .iter()
            .copied()
            .filter(|&x| c.votes[x] == fewest)
            .collect();
        let x = if low.len() == 1 {
            low[0]
        } else {
            let (set, decided) = look_back(&low, earlier, true, |s, x| history[s].votes[x]);
            if let (1, Some(s)) = (set.len(), decided) {
                settled = Some(StvTie::Rule51 {
                    tied: low,
                    stage: s + 1,
                });
                set[0]
            } else if fewest == 0 && continuing.len() - set.len() >= vacancies {
                settled = Some(StvTie::NoVotes { tied: set.clone() });
                set[0]
            } else if let Some(lot) = lot.as_mut() {
                let chosen = lot.draw(&set);
                settled = Some(StvTie::Lot(LotDrawn {
                    seed: tie.seed.unwrap_or_default(),
                    tied: set,
                    chosen,
                }));
                chosen
            } else {
                stop(set, &mut stages);
                break;
            }
        };
        c.state[x] = CandidateState::Excluded;
        c.move_papers(x);
        c.votes[x] = 0;
        action = StvAction::Exclusion { candidate: x };
    }
    Tally {
        seats,
        elected,
        tied: tied_out,
        report: StvReport {
            valid: sat64(p.valid),
            blank: sat64(p.blank),
            quota,
            stages,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ballot::RankedBallot;
    use crate::tally::testutil::{election, outcome};

    /// Stages as table rows: `N action | votes (— when excluded) | nt | lost | elected`.
    fn view(e: &Election, t: &Tally<StvReport>) -> String {
        let name = |x: CandidateId| e.candidates[x].as_str();
        let mut out = Vec::new();
        for s in &t.report.stages {
            let action = match &s.action {
                StvAction::FirstCount => "first count".to_string(),
                StvAction::Surplus {
                    candidate,
                    surplus,
                    transfer_value,
                    ..
                } => format!(
                    "surplus {} {} tv {}",
                    name(*candidate),
                    format_units(*surplus),
                    format_units(*transfer_value)
                ),
                StvAction::Exclusion { candidate } => format!("exclude {}", name(*candidate)),
            };
            let votes: Vec<String> = (0..e.candidates.len())
                .filter(|&x| s.states[x] != CandidateState::Withdrawn)
                .map(|x| match s.states[x] {
                    CandidateState::Excluded => "—".to_string(),
                    _ => format_units(s.votes[x]),
                })
                .collect();
            let elected: Vec<&str> = s.elected.iter().map(|&x| name(x)).collect();
            let mut line = format!(
                "{} {} | {} | nt {} | lost {}",
                s.stage,
                action,
                votes.join(" "),
                format_units(s.non_transferable),
                format_units(s.lost)
            );
            if !elected.is_empty() {
                line.push_str(&format!(" | elected {}", elected.join(", ")));
            }
            if s.last_vacancies {
                line.push_str(" (rule 52)");
            }
            match &s.tie {
                Some(StvTie::Rule49 { stage, .. }) => {
                    line.push_str(&format!(" [rule 49, stage {stage}]"))
                }
                Some(StvTie::Rule51 { stage, .. }) => {
                    line.push_str(&format!(" [rule 51, stage {stage}]"))
                }
                Some(StvTie::NoVotes { .. }) => line.push_str(" [no votes]"),
                Some(StvTie::Lot(l)) => line.push_str(&format!(" [lot seed {}]", l.seed)),
                Some(StvTie::Unresolved { .. }) => line.push_str(" [unresolved]"),
                None => {}
            }
            out.push(line);
        }
        out.push(outcome(e, t));
        out.join("\n")
    }

    fn check(spec: &str, expected: &str) {
        let e = election(spec);
        let t = count(&e, TieBreak::default());
        assert_invariant(&e, &t);
        assert_eq!(view(&e, &t), expected, "election: {spec}");
    }

    /// Σ votes + non-transferable + lost = valid, at every stage.
    fn assert_invariant(e: &Election, t: &Tally<StvReport>) {
        let valid = u128::from(e.valid_ballots()) * UNIT;
        for s in &t.report.stages {
            let sum: u128 = s.votes.iter().sum();
            assert_eq!(
                sum + s.non_transferable + s.lost,
                valid,
                "stage {}",
                s.stage
            );
        }
        assert!(t.elected.len() <= t.seats);
    }

    #[test]
    fn format_units_is_exact() {
        assert_eq!(format_units(766_664), "7.66664");
        assert_eq!(format_units(4), "0.00004");
        assert_eq!(format_units(0), "0.00000");
        assert_eq!(format_units(1_200_000), "12.00000");
    }

    #[test]
    fn s1_rule_52_below_quota() {
        check(
            "2 seats; 8 A>B>C; 4 A>C; 5 B; 3 C>D; 2 D",
            "1 first count | 12.00000 5.00000 3.00000 2.00000 | nt 0.00000 | lost 0.00000 | elected A\n\
             2 surplus A 4.00000 tv 0.33333 | 8.00000 7.66664 4.33332 2.00000 | nt 0.00000 | lost 0.00004\n\
             3 exclude D | 8.00000 7.66664 4.33332 — | nt 2.00000 | lost 0.00004\n\
             4 exclude C | 8.00000 7.66664 — — | nt 6.33332 | lost 0.00004 | elected B (rule 52)\n\
             elected [A, B] tied []",
        );
        let t = count(&election("2 seats; 8 A>B>C; 4 A>C"), TieBreak::default());
        assert_eq!(t.report.quota, 5 * UNIT);
    }

    #[test]
    fn s2_exact_quota_no_surplus_and_skipping_elected() {
        check(
            "3 seats; 14 A>B>C; 11 B>A>D; 6 C>D; 5 D>C; 4 E>C",
            "1 first count | 14.00000 11.00000 6.00000 5.00000 4.00000 | nt 0.00000 | lost 0.00000 | elected A, B\n\
             2 surplus A 3.00000 tv 0.21428 | 11.00000 11.00000 8.99992 5.00000 4.00000 | nt 0.00000 | lost 0.00008\n\
             3 exclude E | 11.00000 11.00000 12.99992 5.00000 — | nt 0.00000 | lost 0.00008 | elected C\n\
             elected [A, B, C] tied []",
        );
    }

    #[test]
    fn s3_rule_51_earlier_stage() {
        check(
            "2 seats; 1 P>Q>S; 4 Q>S; 5 R>Q; 7 S; 8 T"
                .replace('P', "A")
                .replace('Q', "B")
                .replace('R', "C")
                .replace('S', "D")
                .replace('T', "E")
                .as_str(),
            "1 first count | 1.00000 4.00000 5.00000 7.00000 8.00000 | nt 0.00000 | lost 0.00000\n\
             2 exclude A | — 5.00000 5.00000 7.00000 8.00000 | nt 0.00000 | lost 0.00000\n\
             3 exclude B | — — 5.00000 12.00000 8.00000 | nt 0.00000 | lost 0.00000 | elected D [rule 51, stage 1]\n\
             4 surplus D 3.00000 tv 0.25000 | — — 5.00000 9.00000 8.00000 | nt 3.00000 | lost 0.00000\n\
             5 exclude C | — — — 9.00000 8.00000 | nt 8.00000 | lost 0.00000 | elected E (rule 52)\n\
             elected [D, E] tied []",
        );
    }

    #[test]
    fn zero_vote_ties_are_immaterial_only_when_enough_remain() {
        // C and D hold nothing; excluding both leaves A and B for one seat.
        check(
            "candidates 4; 3 A; 2 B",
            "1 first count | 3.00000 2.00000 0.00000 0.00000 | nt 0.00000 | lost 0.00000 | elected A\n\
             elected [A] tied []",
        );
        check(
            "2 seats; candidates 4; 5 A>B; 4 B",
            "1 first count | 5.00000 4.00000 0.00000 0.00000 | nt 0.00000 | lost 0.00000 | elected A, B\n\
             elected [A, B] tied []",
        );
        check(
            "2 seats; candidates 5; 9 A; 3 B",
            "1 first count | 9.00000 3.00000 0.00000 0.00000 0.00000 | nt 0.00000 | lost 0.00000 | elected A\n\
             2 surplus A 4.00000 tv 0.44444 | 5.00000 3.00000 0.00000 0.00000 0.00000 | nt 3.99996 | lost 0.00004\n\
             3 exclude C | 5.00000 3.00000 — 0.00000 0.00000 | nt 3.99996 | lost 0.00004 [no votes]\n\
             4 exclude D | 5.00000 3.00000 — — 0.00000 | nt 3.99996 | lost 0.00004 [no votes]\n\
             5 exclude E | 5.00000 3.00000 — — — | nt 3.99996 | lost 0.00004 | elected B (rule 52)\n\
             elected [A, B] tied []",
        );
        // 2 vacancies, X 10 votes, Y and Z none: who goes decides who is elected.
        check(
            "2 seats; candidates 3; 10 A",
            "1 first count | 10.00000 0.00000 0.00000 | nt 0.00000 | lost 0.00000 | elected A\n\
             2 surplus A 6.00000 tv 0.60000 | 4.00000 0.00000 0.00000 | nt 6.00000 | lost 0.00000 [unresolved]\n\
             elected [A] tied [B, C]",
        );
    }

    #[test]
    fn lot_with_a_seed_is_recorded() {
        let e = election("2 seats; candidates 3; 10 A");
        let t = count(&e, TieBreak { seed: Some(3) });
        assert_invariant(&e, &t);
        let s = &t.report.stages[2];
        let Some(StvTie::Lot(l)) = &s.tie else {
            panic!("no lot: {t:?}")
        };
        assert_eq!((l.seed, l.tied.clone()), (3, vec![1, 2]));
        assert_eq!(
            s.action,
            StvAction::Exclusion {
                candidate: l.chosen
            }
        );
        assert_eq!(t.elected, vec![0, 3 - l.chosen]);
        assert!(t.tied.is_empty());
    }

    #[test]
    fn rule_49_equal_surpluses_by_earlier_stage() {
        // After A's surplus, B (elected at stage 1) and C (elected at stage 2) both
        // hold 12 with equal surpluses; at stage 1 B had 12, C 8: B goes first.
        check(
            "4 seats; 8 A>C; 14 A; 12 B; 8 C; 6 D; 5 E",
            "1 first count | 22.00000 12.00000 8.00000 6.00000 5.00000 | nt 0.00000 | lost 0.00000 | elected A, B\n\
             2 surplus A 11.00000 tv 0.50000 | 11.00000 12.00000 12.00000 6.00000 5.00000 | nt 7.00000 | lost 0.00000 | elected C\n\
             3 surplus B 1.00000 tv 0.08333 | 11.00000 11.00000 12.00000 6.00000 5.00000 | nt 7.99996 | lost 0.00004 [rule 49, stage 1]\n\
             4 surplus C 1.00000 tv 0.08333 | 11.00000 11.00000 11.00000 6.00000 5.00000 | nt 8.99988 | lost 0.00012\n\
             5 exclude E | 11.00000 11.00000 11.00000 6.00000 — | nt 13.99988 | lost 0.00012 | elected D (rule 52)\n\
             elected [A, B, C, D] tied []",
        );
    }

    #[test]
    fn rule_51_subset_refinement() {
        // End of stage 3: B, C, D tie at 5. At stage 2 B 4, C 4, D 5: B and C remain;
        // at stage 1 B 4, C 3: C is excluded. Then B and D tie; stage 2 decides.
        check(
            "2 seats; 9 A; 4 B; 3 C; 5 D; 1 E>C; 1 F>B; 1 F>C",
            "1 first count | 9.00000 4.00000 3.00000 5.00000 1.00000 2.00000 | nt 0.00000 | lost 0.00000 | elected A\n\
             2 exclude E | 9.00000 4.00000 4.00000 5.00000 — 2.00000 | nt 0.00000 | lost 0.00000\n\
             3 exclude F | 9.00000 5.00000 5.00000 5.00000 — — | nt 0.00000 | lost 0.00000\n\
             4 exclude C | 9.00000 5.00000 — 5.00000 — — | nt 5.00000 | lost 0.00000 [rule 51, stage 1]\n\
             5 exclude B | 9.00000 — — 5.00000 — — | nt 10.00000 | lost 0.00000 | elected D (rule 52) [rule 51, stage 2]\n\
             elected [A, D] tied []",
        );
    }

    #[test]
    fn elections_without_a_real_count() {
        check(
            "3 seats; 8 A; 1 B>A",
            "1 first count | 8.00000 1.00000 | nt 0.00000 | lost 0.00000 | elected A, B (rule 52)\n\
             elected [A, B] tied []",
        );
        check(
            "2 seats; candidates 3",
            "1 first count | 0.00000 0.00000 0.00000 | nt 0.00000 | lost 0.00000 [unresolved]\n\
             elected [] tied [A, B, C]",
        );
        check(
            "1 seats; candidates 2; withdrawn A B; 3 A>B",
            "1 first count |  | nt 0.00000 | lost 0.00000\nelected [] tied []",
        );
        check(
            "2 seats; 4 -; 1 A",
            "1 first count | 1.00000 | nt 0.00000 | lost 0.00000 | elected A\n\
             elected [A] tied []",
        );
    }

    #[test]
    fn hand_built_elections_do_not_panic() {
        let e = Election {
            candidates: vec!["A".into(), "B".into(), "C".into()],
            seats: 0,
            withdrawn: vec![9, 1],
            ballots: vec![
                RankedBallot::new(u64::MAX, vec![0, 0, 7, 2]),
                RankedBallot::new(u64::MAX, vec![2, 1]),
                RankedBallot::new(0, vec![1]),
            ],
            ..Election::default()
        };
        let t = count(&e, TieBreak::default());
        assert!(t.elected.is_empty());
        let e = Election {
            seats: usize::MAX,
            ..e
        };
        let t = count(&e, TieBreak::default());
        assert_eq!(t.elected, vec![0, 2]);
    }

    proptest::proptest! {
        #[test]
        fn seats_filled_and_votes_conserved(
            e in crate::tally::irv::arb_election(),
            seed in proptest::prelude::any::<u64>(),
        ) {
            let t = count(&e, TieBreak { seed: Some(seed) });
            assert_invariant(&e, &t);
            proptest::prop_assert!(t.tied.is_empty());
            proptest::prop_assert_eq!(t.elected.len(), e.seats.min(e.running().len()));
            let mut distinct = t.elected.clone();
            distinct.sort_unstable();
            distinct.dedup();
            proptest::prop_assert_eq!(distinct.len(), t.elected.len());
            proptest::prop_assert!(t.elected.iter().all(|&c| !e.is_withdrawn(c)));
            let u = count(&e, TieBreak::default());
            assert_invariant(&e, &u);
            if u.tied.is_empty() {
                proptest::prop_assert_eq!(&u.elected, &t.elected);
            }
        }
    }
}
