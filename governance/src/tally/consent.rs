//! Consent decision-making (sociocratic; `counting-methods.md` §9).
//!
//! A proposal is adopted if and only if nobody objects. An objection blocks
//! regardless of numbers; consenting and standing aside are not objections. Every
//! objection and stand-aside is recorded with its reason. There is no numeric
//! threshold, so no tie: this is not an election.

use serde::Serialize;

/// What one participant says about the proposal.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Response {
    /// Consent: no objection.
    Consent,
    /// Stand aside: does not support the proposal but does not block it.
    StandAside {
        /// Why (may be empty).
        reason: String,
    },
    /// A (reasoned) objection: blocks the proposal.
    Object {
        /// The reason given. An objection blocks even if the reason is empty.
        reason: String,
    },
}

/// One participant's response.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct ConsentResponse {
    /// Who responds (name or member id, as the caller records members).
    pub participant: String,
    /// The response.
    pub response: Response,
}

/// A recorded objection or stand-aside.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reasoned {
    /// Who.
    pub participant: String,
    /// The reason given.
    pub reason: String,
}

/// The outcome of a consent round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConsentOutcome {
    /// True if and only if there are no objections.
    pub adopted: bool,
    /// Number of participants who consented.
    pub consents: usize,
    /// Stand-asides, in the order given.
    pub stand_asides: Vec<Reasoned>,
    /// Objections, in the order given.
    pub objections: Vec<Reasoned>,
}

/// Decides a consent round from the responses given.
///
/// Who must take part (presence, quorum) is the caller's rule: with no responses
/// at all there is no objection, so the proposal counts as adopted here.
pub fn decide(responses: &[ConsentResponse]) -> ConsentOutcome {
    let mut out = ConsentOutcome {
        adopted: true,
        consents: 0,
        stand_asides: Vec::new(),
        objections: Vec::new(),
    };
    for r in responses {
        let participant = r.participant.clone();
        match &r.response {
            Response::Consent => out.consents += 1,
            Response::StandAside { reason } => out.stand_asides.push(Reasoned {
                participant,
                reason: reason.clone(),
            }),
            Response::Object { reason } => out.objections.push(Reasoned {
                participant,
                reason: reason.clone(),
            }),
        }
    }
    out.adopted = out.objections.is_empty();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `"Ann +; Bob ~ busy; Cas ! unsafe"`: `+` consent, `~` stand aside, `!` object.
    fn check(input: &str, expected: &str) {
        let responses: Vec<ConsentResponse> = input
            .split(';')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| {
                let mut it = p.splitn(3, ' ');
                let participant = it.next().unwrap_or_default().to_string();
                let mark = it.next().unwrap_or_default();
                let reason = it.next().unwrap_or_default().to_string();
                let response = match mark {
                    "+" => Response::Consent,
                    "~" => Response::StandAside { reason },
                    _ => Response::Object { reason },
                };
                ConsentResponse {
                    participant,
                    response,
                }
            })
            .collect();
        let o = decide(&responses);
        let list = |v: &[Reasoned]| {
            v.iter()
                .map(|r| format!("{}: {}", r.participant, r.reason))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let got = format!(
            "{} consents {} stand aside [{}] objections [{}]",
            if o.adopted { "adopted" } else { "not adopted" },
            o.consents,
            list(&o.stand_asides),
            list(&o.objections)
        );
        assert_eq!(got, expected);
    }

    #[test]
    fn stand_aside_is_not_an_objection() {
        check(
            "Ann +; Bob ~ no time to help; Cas +",
            "adopted consents 2 stand aside [Bob: no time to help] objections []",
        );
    }

    #[test]
    fn one_objection_blocks_any_majority() {
        check(
            "Ann +; Bob +; Cas +; Dirk +; Eva ! budget is not covered",
            "not adopted consents 4 stand aside [] objections [Eva: budget is not covered]",
        );
    }

    #[test]
    fn every_objection_is_recorded() {
        check(
            "Ann ! too early; Bob ! risky",
            "not adopted consents 0 stand aside [] objections [Ann: too early, Bob: risky]",
        );
    }

    #[test]
    fn no_responses_no_objection() {
        check("", "adopted consents 0 stand aside [] objections []");
    }
}
