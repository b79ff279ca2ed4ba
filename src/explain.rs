//! Renders the core's explanation data in Dutch or English.
//!
//! The core decides and returns numbers and the deciding condition; this module
//! says it in words, first the result, then the numbers, then the rule.

use crate::i18n::Lang;
use governance::attendance::{QuorumCount, QuorumStatus, TurnoutPart};
use governance::fraction::Fraction;
use governance::motion::{Condition, Decision, Explanation, InvalidReason, Outcome};
use governance::rules::{
    Comparison, DecisionType, Method, QuorumOf, QuorumUnit, Rule, Threshold, VoteBase, Weighting,
};

/// The name of a kind of decision: "Statutenwijziging" / "Statute amendment".
pub fn decision_type_words(lang: Lang, d: DecisionType) -> &'static str {
    use DecisionType as D;
    match (d, lang) {
        (D::Regular, Lang::Nl) => "Gewoon besluit",
        (D::Regular, Lang::En) => "Regular decision",
        (D::StatuteAmendment, Lang::Nl) => "Statutenwijziging",
        (D::StatuteAmendment, Lang::En) => "Statute amendment",
        (D::BoardAppointment, Lang::Nl) => "Benoeming bestuurder",
        (D::BoardAppointment, Lang::En) => "Board appointment",
        (D::BoardDismissal, Lang::Nl) => "Ontslag of schorsing bestuurder",
        (D::BoardDismissal, Lang::En) => "Board dismissal or suspension",
        (D::Expulsion, Lang::Nl) => "Royement (ontzetting) van een lid",
        (D::Expulsion, Lang::En) => "Expulsion of a member",
        (D::Dissolution, Lang::Nl) => "Ontbinding",
        (D::Dissolution, Lang::En) => "Dissolution",
        (D::Merger, Lang::Nl) => "Fusie of splitsing",
        (D::Merger, Lang::En) => "Merger or division",
        (D::Conversion, Lang::Nl) => "Omzetting in een andere rechtsvorm",
        (D::Conversion, Lang::En) => "Conversion to another legal form",
        (D::BindingNominationOverride, Lang::Nl) => "Bindende voordracht doorbreken",
        (D::BindingNominationOverride, Lang::En) => "Overriding a binding nomination",
    }
}

/// A rule in one line: "ten minste twee derde van de uitgebrachte stemmen", or consent.
pub fn full_rule_words(lang: Lang, rule: &Rule) -> String {
    let how = match rule.method {
        Method::Consent => pick(
            lang,
            "besluit bij consent (geen overgebleven bezwaar)",
            "decided by consent (no objection left)",
        ),
        Method::Vote => rule_words(lang, rule.threshold, rule.base),
    };
    let quorum = match (rule.quorum, lang) {
        (None, _) => String::new(),
        (Some(_), Lang::Nl) => "; met quorum".into(),
        (Some(_), Lang::En) => "; with a quorum".into(),
    };
    let weight = match (rule.weighting, lang) {
        (Weighting::OneMemberOneVote, _) => String::new(),
        (Weighting::PerMember, Lang::Nl) => "; stemmen naar gewicht".into(),
        (Weighting::PerMember, Lang::En) => "; votes weighted".into(),
    };
    format!("{how}{quorum}{weight}")
}

/// A logged outcome in words, with its CSS class.
pub fn outcome_words(
    lang: Lang,
    o: governance::collective::log::MotionOutcome,
) -> (String, &'static str) {
    use governance::collective::log::MotionOutcome as O;
    match o {
        O::Passed => (pick(lang, "✔ Aangenomen", "✔ Passed"), "passed"),
        O::Rejected => (pick(lang, "✘ Verworpen", "✘ Rejected"), "rejected"),
        O::NoQuorum => (pick(lang, "⚠ Geen quorum", "⚠ No quorum"), "no-quorum"),
        O::Invalid => (
            pick(lang, "⚠ Ongeldige telling", "⚠ Invalid count"),
            "invalid",
        ),
    }
}

/// A decision said in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// CSS class of the result: `passed`, `rejected`, `no-quorum` or `invalid`.
    pub class: &'static str,
    /// The result with its symbol, e.g. "✔ Aangenomen" (never colour alone).
    pub headline: String,
    /// Sentences with the numbers and the condition that decided.
    pub details: Vec<String>,
}

fn pick(lang: Lang, nl: &str, en: &str) -> String {
    match lang {
        Lang::Nl => nl.to_string(),
        Lang::En => en.to_string(),
    }
}

/// A fraction in words where there is a common word for it ("twee derde").
pub fn fraction_words(lang: Lang, f: Fraction) -> String {
    let named = match (f.num(), f.den(), lang) {
        (1, 2, Lang::Nl) => Some("de helft"),
        (1, 2, Lang::En) => Some("half"),
        (2, 3, Lang::Nl) => Some("twee derde"),
        (2, 3, Lang::En) => Some("two thirds"),
        (3, 4, Lang::Nl) => Some("drie kwart"),
        (3, 4, Lang::En) => Some("three quarters"),
        (9, 10, Lang::Nl) => Some("negen tiende"),
        (9, 10, Lang::En) => Some("nine tenths"),
        (1, 1, Lang::Nl) => Some("alle"),
        (1, 1, Lang::En) => Some("all"),
        _ => None,
    };
    named
        .map(str::to_string)
        .unwrap_or_else(|| format!("{}/{}", f.num(), f.den()))
}

/// What a base is called: "uitgebrachte stemmen" / "votes cast".
pub fn base_words(lang: Lang, base: VoteBase) -> &'static str {
    match (base, lang) {
        (VoteBase::Cast, Lang::Nl) => "uitgebrachte stemmen",
        (VoteBase::Cast, Lang::En) => "votes cast",
        (VoteBase::CastAndAbstain, Lang::Nl) => "stemmen voor, tegen en onthoudingen",
        (VoteBase::CastAndAbstain, Lang::En) => "votes for, against and abstentions",
        (VoteBase::Valid, Lang::Nl) => "geldige stemmen (ook blanco)",
        (VoteBase::Valid, Lang::En) => "valid votes (blank included)",
        (VoteBase::Present, Lang::Nl) => "stemmen van aanwezigen en volmachten",
        (VoteBase::Present, Lang::En) => "votes of those present and represented",
        (VoteBase::Members, Lang::Nl) => "stemmen van alle stemgerechtigde leden",
        (VoteBase::Members, Lang::En) => "votes of all members entitled to vote",
    }
}

/// A threshold in words: "meer dan de helft" / "at least two thirds".
pub fn threshold_words(lang: Lang, t: Threshold) -> String {
    if t.fraction.is_one() && t.comparison == Comparison::AtLeast {
        return pick(lang, "unaniem (alle)", "unanimous (all)");
    }
    let f = fraction_words(lang, t.fraction);
    match (t.comparison, lang) {
        (Comparison::MoreThan, Lang::Nl) => format!("meer dan {f}"),
        (Comparison::MoreThan, Lang::En) => format!("more than {f}"),
        (Comparison::AtLeast, Lang::Nl) => format!("ten minste {f}"),
        (Comparison::AtLeast, Lang::En) => format!("at least {f}"),
    }
}

/// A rule's threshold and base: "meer dan de helft van de uitgebrachte stemmen".
pub fn rule_words(lang: Lang, t: Threshold, base: VoteBase) -> String {
    match lang {
        Lang::Nl => format!(
            "{} van de {}",
            threshold_words(lang, t),
            base_words(lang, base)
        ),
        Lang::En => format!(
            "{} of the {}",
            threshold_words(lang, t),
            base_words(lang, base)
        ),
    }
}

fn unit_words(lang: Lang, unit: QuorumUnit) -> &'static str {
    match (unit, lang) {
        (QuorumUnit::Members, Lang::Nl) => "leden",
        (QuorumUnit::Members, Lang::En) => "members",
        (QuorumUnit::Weight, Lang::Nl) => "stemmen",
        (QuorumUnit::Weight, Lang::En) => "votes",
    }
}

/// A quorum count in words: "8 van 12 leden aanwezig of vertegenwoordigd; nodig 7".
pub fn quorum_words(lang: Lang, q: &QuorumCount) -> String {
    let unit = unit_words(lang, q.unit);
    let who = match (q.of, lang) {
        (QuorumOf::Present, Lang::Nl) => "aanwezig of vertegenwoordigd",
        (QuorumOf::Present, Lang::En) => "present or represented",
        (QuorumOf::Participating, Lang::Nl) => "deden mee aan de stemming",
        (QuorumOf::Participating, Lang::En) => "took part in the vote",
    };
    let of_total = match (q.total, lang) {
        (Some(t), Lang::Nl) => format!(" van {t}"),
        (Some(t), Lang::En) => format!(" of {t}"),
        (None, _) => String::new(),
    };
    let needed = match (q.required, lang) {
        (Some(r), Lang::Nl) => format!("nodig: {r}"),
        (Some(r), Lang::En) => format!("needed: {r}"),
        (None, Lang::Nl) => "niet te halen".to_string(),
        (None, Lang::En) => "cannot be reached".to_string(),
    };
    format!("{}{of_total} {unit} {who}; {needed}", q.counted)
}

/// The live quorum status in words (for the meeting screen).
pub fn quorum_status_words(lang: Lang, status: &QuorumStatus) -> (String, &'static str) {
    match status {
        QuorumStatus::NotRequired => (
            pick(lang, "Geen quorum vereist.", "No quorum required."),
            "passed",
        ),
        QuorumStatus::Met(q) => (
            format!(
                "{} {}",
                pick(lang, "✔ Quorum gehaald:", "✔ Quorum met:"),
                quorum_words(lang, q)
            ),
            "passed",
        ),
        QuorumStatus::Missed(q) => (
            format!(
                "{} {}",
                pick(lang, "⚠ Quorum niet gehaald:", "⚠ Quorum not met:"),
                quorum_words(lang, q)
            ),
            "no-quorum",
        ),
        QuorumStatus::Waived(q) => (
            format!(
                "{} {}",
                pick(
                    lang,
                    "Quorum niet gehaald, maar deze tweede vergadering mag toch besluiten:",
                    "Quorum not met, but this second meeting may decide anyway:"
                ),
                quorum_words(lang, q)
            ),
            "passed",
        ),
        QuorumStatus::Unknown { missing } => (
            match (missing, lang) {
                (TurnoutPart::Votes, Lang::Nl) => {
                    "Het quorum telt wie meestemt: het blijkt na de stemming.".into()
                }
                (TurnoutPart::Votes, Lang::En) => {
                    "The quorum counts who votes: it shows after the vote.".into()
                }
                (_, Lang::Nl) => "Quorum nog onbekend: de aanwezigheid ontbreekt.".into(),
                (_, Lang::En) => "Quorum not known yet: attendance is missing.".into(),
            },
            "invalid",
        ),
    }
}

fn invalid_words(lang: Lang, reason: &InvalidReason) -> String {
    match (reason, lang) {
        (InvalidReason::CountTooLarge, Lang::Nl) => "De aantallen zijn te groot om te tellen.".into(),
        (InvalidReason::CountTooLarge, Lang::En) => "The numbers are too large to count.".into(),
        (InvalidReason::MoreVotesThanPresent { votes, present }, Lang::Nl) => format!(
            "Er zijn {votes} stemmen geteld, maar er zijn maar {present} stemmen aanwezig of vertegenwoordigd. Tel opnieuw."
        ),
        (InvalidReason::MoreVotesThanPresent { votes, present }, Lang::En) => format!(
            "{votes} votes were counted, but only {present} votes are present or represented. Count again."
        ),
        (InvalidReason::MoreVotesThanMembers { votes, members }, Lang::Nl) => {
            format!("Er zijn {votes} stemmen geteld, meer dan alle {members} stemmen van de leden.")
        }
        (InvalidReason::MoreVotesThanMembers { votes, members }, Lang::En) => {
            format!("{votes} votes were counted, more than all {members} votes of the members.")
        }
        (InvalidReason::MorePresentThanMembers { present, members }, Lang::Nl) => {
            format!("Er zijn {present} aanwezig of vertegenwoordigd, meer dan de {members} leden.")
        }
        (InvalidReason::MorePresentThanMembers { present, members }, Lang::En) => {
            format!("{present} are present or represented, more than the {members} members.")
        }
        (InvalidReason::TurnoutMissing { .. }, Lang::Nl) => {
            "De regel heeft de aanwezigheid nodig, maar die is niet ingevuld.".into()
        }
        (InvalidReason::TurnoutMissing { .. }, Lang::En) => {
            "The rule needs the attendance, but it was not recorded.".into()
        }
        (InvalidReason::CastingVoteMissing, Lang::Nl) => {
            "De stemmen staken en de voorzitter heeft nog geen beslissende stem gegeven.".into()
        }
        (InvalidReason::CastingVoteMissing, Lang::En) => {
            "The votes are tied and the chair has not yet given a casting vote.".into()
        }
    }
}

/// Says a decision in words.
pub fn say(lang: Lang, decision: &Decision) -> Said {
    let (class, headline) = match decision.outcome {
        Outcome::Passed => ("passed", pick(lang, "✔ Aangenomen", "✔ Passed")),
        Outcome::Rejected => ("rejected", pick(lang, "✘ Verworpen", "✘ Rejected")),
        Outcome::NoQuorum => (
            "no-quorum",
            pick(
                lang,
                "⚠ Geen quorum: niet besloten",
                "⚠ No quorum: not decided",
            ),
        ),
        Outcome::Invalid(_) => (
            "invalid",
            pick(lang, "⚠ Ongeldige telling", "⚠ Invalid count"),
        ),
    };
    let mut details = Vec::new();
    match &decision.explanation {
        Explanation::Vote(e) => {
            let v = &e.votes;
            details.push(match lang {
                Lang::Nl => format!(
                    "Voor {}, tegen {}, onthouding {}, blanco {}, ongeldig {}.",
                    v.yes, v.no, v.abstain, v.blank, v.invalid
                ),
                Lang::En => format!(
                    "For {}, against {}, abstain {}, blank {}, invalid {}.",
                    v.yes, v.no, v.abstain, v.blank, v.invalid
                ),
            });
            let rule = rule_words(lang, e.threshold, e.base);
            match e.condition {
                Condition::ThresholdMet | Condition::ThresholdNotMet => {
                    let base = e.base_value.unwrap_or(0);
                    let needed = match (e.required_yes, lang) {
                        (Some(r), Lang::Nl) => format!("nodig was minstens {r}"),
                        (Some(r), Lang::En) => format!("at least {r} were needed"),
                        (None, Lang::Nl) => "dat is met deze aantallen niet te halen".into(),
                        (None, Lang::En) => "that cannot be reached with these numbers".into(),
                    };
                    details.push(match lang {
                        Lang::Nl => format!(
                            "{} stemmen voor van de {base} {}; {needed} ({rule}).",
                            e.yes_counted,
                            base_words(lang, e.base)
                        ),
                        Lang::En => format!(
                            "{} votes for out of {base} {}; {needed} ({rule}).",
                            e.yes_counted,
                            base_words(lang, e.base)
                        ),
                    });
                }
                Condition::Tie => details.push(match lang {
                    Lang::Nl => format!(
                        "De stemmen staken ({} voor, {} tegen). Bij staking van stemmen is het voorstel verworpen.",
                        v.yes, v.no
                    ),
                    Lang::En => format!(
                        "The votes are tied ({} for, {} against). A tied proposal is rejected.",
                        v.yes, v.no
                    ),
                }),
                Condition::NoVotesCast => details.push(pick(
                    lang,
                    "Er is geen stem voor of tegen uitgebracht (onthoudingen en blanco stemmen tellen niet als uitgebracht), dus er is niets besloten.",
                    "No vote for or against was cast (abstentions and blank votes are not votes cast), so nothing was decided.",
                )),
                Condition::QuorumMissed(q) => details.push(format!(
                    "{} {}",
                    pick(lang, "Quorum niet gehaald:", "Quorum not met:"),
                    quorum_words(lang, &q)
                )),
                Condition::Invalid { reason } => details.push(invalid_words(lang, &reason)),
                Condition::NoObjection | Condition::Objection { .. } => {}
            }
            if let Some(side) = e.casting_vote {
                details.push(match (side, lang) {
                    (governance::motion::Side::Yes, Lang::Nl) => "De voorzitter gaf de beslissende stem: voor.".into(),
                    (governance::motion::Side::Yes, Lang::En) => "The chair gave the casting vote: for.".into(),
                    (governance::motion::Side::No, Lang::Nl) => "De voorzitter gaf de beslissende stem: tegen.".into(),
                    (governance::motion::Side::No, Lang::En) => "The chair gave the casting vote: against.".into(),
                });
            }
            if let QuorumStatus::Met(q) | QuorumStatus::Waived(q) = e.quorum {
                details.push(format!("{} {}", pick(lang, "Quorum:", "Quorum:"), quorum_words(lang, &q)));
            }
        }
        Explanation::Consent(e) => match e.condition {
            Condition::Objection { count } => details.push(match lang {
                Lang::Nl => format!("Er staat nog {count} bezwaar: het voorstel is niet aangenomen (besluit bij consent)."),
                Lang::En => format!("{count} objection(s) still stand: the proposal is not adopted (consent)."),
            }),
            Condition::QuorumMissed(q) => details.push(format!(
                "{} {}",
                pick(lang, "Quorum niet gehaald:", "Quorum not met:"),
                quorum_words(lang, &q)
            )),
            Condition::Invalid { reason } => details.push(invalid_words(lang, &reason)),
            _ => details.push(match lang {
                Lang::Nl => format!(
                    "Geen bezwaar staat meer ({} ingebracht, allemaal opgelost of ingetrokken): aangenomen bij consent.",
                    e.raised
                ),
                Lang::En => format!(
                    "No objection stands ({} raised, all resolved or withdrawn): adopted by consent.",
                    e.raised
                ),
            }),
        },
    }
    Said {
        class,
        headline,
        details,
    }
}

/// A citation in words: "BW 2:43 lid 1 (VER-AMEND-4, dwingend recht)".
pub fn citation_words(lang: Lang, c: &governance::rules::Citation) -> String {
    use governance::rules::Status as S;
    let status = match (c.status, lang) {
        (S::Mandatory, Lang::Nl) => "dwingend recht",
        (S::Mandatory, Lang::En) => "mandatory law",
        (S::Default, Lang::Nl) => "wettelijke standaard, statuten mogen afwijken",
        (S::Default, Lang::En) => "legal default, statutes may deviate",
        (S::Optional, Lang::Nl) => "alleen als de statuten het regelen",
        (S::Optional, Lang::En) => "only if the statutes provide it",
        (S::Convention, Lang::Nl) => "gebruik, geen wet",
        (S::Convention, Lang::En) => "practice, not law",
        (S::Law, Lang::Nl) => "wet",
        (S::Law, Lang::En) => "law",
        (S::CaseLaw, Lang::Nl) => "rechtspraak",
        (S::CaseLaw, Lang::En) => "case law",
    };
    format!("{} ({}, {status})", c.source, c.rule_id)
}

/// What is wrong, for a rule-set violation.
pub fn problem_words(lang: Lang, p: &governance::validate::Problem) -> String {
    use governance::validate::Problem as P;
    let t = |t: &Threshold| threshold_words(lang, *t);
    match (p, lang) {
        (P::RuleMissing, Lang::Nl) => "Voor dit soort besluit ontbreekt een regel.".into(),
        (P::RuleMissing, Lang::En) => "This kind of decision has no rule.".into(),
        (P::NotApplicable, Lang::Nl) => "Dit soort besluit bestaat niet bij deze rechtsvorm.".into(),
        (P::NotApplicable, Lang::En) => "This kind of decision does not exist for this legal form.".into(),
        (P::NoMembersMeeting, Lang::Nl) => "Een stichting heeft geen leden en geen ledenvergadering.".into(),
        (P::NoMembersMeeting, Lang::En) => "A stichting has no members and no members' meeting.".into(),
        (P::OrganNotAllowed { .. }, Lang::Nl) => "De wet legt dit besluit bij een ander orgaan.".into(),
        (P::OrganNotAllowed { .. }, Lang::En) => "The law gives this decision to another organ.".into(),
        (P::DismissalByOtherOrgan { .. }, Lang::Nl) => "Wie bestuurders benoemt, ontslaat ze ook.".into(),
        (P::DismissalByOtherOrgan { .. }, Lang::En) => "Whoever appoints board members also dismisses them.".into(),
        (P::ThresholdTooLow { minimum }, Lang::Nl) => format!("Te laag: de wet eist {}.", t(minimum)),
        (P::ThresholdTooLow { minimum }, Lang::En) => format!("Too low: the law requires {}.", t(minimum)),
        (P::ThresholdTooHigh { maximum }, Lang::Nl) => format!("Te hoog: de wet staat niet meer toe dan {}.", t(maximum)),
        (P::ThresholdTooHigh { maximum }, Lang::En) => format!("Too high: the law allows no more than {}.", t(maximum)),
        (P::BaseTooStrict { allowed }, Lang::Nl) => format!("De wet telt van de {}.", base_words(lang, *allowed)),
        (P::BaseTooStrict { allowed }, Lang::En) => format!("The law counts {}.", base_words(lang, *allowed)),
        (P::CountRequired, Lang::Nl) => "Hier schrijft de wet een stemming met meerderheid voor; consent kan dat niet vervangen.".into(),
        (P::CountRequired, Lang::En) => "The law requires a counted majority here; consent cannot replace it.".into(),
        (P::QuorumTooHigh { maximum }, Lang::Nl) => format!("Het quorum mag niet hoger zijn dan {} van alle stemmen.", fraction_words(lang, maximum.fraction)),
        (P::QuorumTooHigh { maximum }, Lang::En) => format!("The quorum may not be higher than {} of all votes.", fraction_words(lang, maximum.fraction)),
        (P::QuorumMinimumTooHigh { maximum, minimum }, Lang::Nl) => format!("Het quorum is {minimum}, hoogstens {maximum} mag."),
        (P::QuorumMinimumTooHigh { maximum, minimum }, Lang::En) => format!("The quorum is {minimum}; at most {maximum} is allowed."),
        (P::QuorumNotOfPresent, Lang::Nl) => "Het quorum mag alleen tellen wie aanwezig of vertegenwoordigd is.".into(),
        (P::QuorumNotOfPresent, Lang::En) => "The quorum may only count those present or represented.".into(),
        (P::PeriodTooShort { minimum_days, .. }, Lang::Nl) => format!("De termijn moet minstens {minimum_days} dagen zijn."),
        (P::PeriodTooShort { minimum_days, .. }, Lang::En) => format!("The period must be at least {minimum_days} days."),
        (P::AdvanceVotingTooEarly { maximum_days, .. }, Lang::Nl) => format!("Vooraf stemmen mag hoogstens {maximum_days} dagen voor de vergadering."),
        (P::AdvanceVotingTooEarly { maximum_days, .. }, Lang::En) => format!("Advance votes may start at most {maximum_days} days before the meeting."),
        (P::OutsideMeetingNotUnanimous, Lang::Nl) => "Buiten een vergadering telt alleen een unaniem besluit.".into(),
        (P::OutsideMeetingNotUnanimous, Lang::En) => "Outside a meeting only a unanimous decision counts.".into(),
        (P::OutsideMeetingNotAllMembers, Lang::Nl) => "Buiten een vergadering moeten alle leden instemmen.".into(),
        (P::OutsideMeetingNotAllMembers, Lang::En) => "Outside a meeting all members must agree.".into(),
        (P::OutsideMeetingBoardNotInformed, Lang::Nl) => "Buiten een vergadering moet het bestuur het vooraf weten.".into(),
        (P::OutsideMeetingBoardNotInformed, Lang::En) => "Outside a meeting the board must know beforehand.".into(),
        (P::MembersRequestTooHigh { maximum, .. }, Lang::Nl) => format!("Leden met {}/{} van de stemmen mogen altijd een vergadering vragen; je mag dat alleen verlagen.", maximum.num(), maximum.den()),
        (P::MembersRequestTooHigh { maximum, .. }, Lang::En) => format!("Members with {}/{} of the votes may always call a meeting; you may only lower that.", maximum.num(), maximum.den()),
        (P::MembersRequestMissing, Lang::Nl) => "Leden met 1/10 van de stemmen mogen altijd een vergadering vragen.".into(),
        (P::MembersRequestMissing, Lang::En) => "Members with 1/10 of the votes may always call a meeting.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use governance::attendance::Turnout;
    use governance::motion::{decide, Votes};
    use governance::rules::Rule;

    fn rule(t: Threshold) -> Rule {
        Rule {
            threshold: t,
            ..Rule::default()
        }
    }

    #[test]
    fn two_thirds_of_nine_in_both_languages() {
        let votes = Votes {
            abstain: 1,
            ..Votes::new(6, 3)
        };
        let d = decide(&rule(Threshold::TWO_THIRDS), &votes, &Turnout::default());
        let nl = say(Lang::Nl, &d);
        assert_eq!(nl.headline, "✔ Aangenomen");
        assert_eq!(
            nl.details[1],
            "6 stemmen voor van de 9 uitgebrachte stemmen; nodig was minstens 6 (ten minste twee derde van de uitgebrachte stemmen)."
        );
        let en = say(Lang::En, &d);
        assert_eq!(en.headline, "✔ Passed");
        assert!(
            en.details[1].starts_with("6 votes for out of 9 votes cast; at least 6 were needed")
        );
    }

    #[test]
    fn more_than_two_thirds_of_nine_is_rejected_with_seven_needed() {
        let votes = Votes {
            abstain: 1,
            ..Votes::new(6, 3)
        };
        let t = Threshold::more_than(Fraction::TWO_THIRDS);
        let d = decide(&rule(t), &votes, &Turnout::default());
        let nl = say(Lang::Nl, &d);
        assert_eq!(nl.class, "rejected");
        assert!(
            nl.details[1].contains("nodig was minstens 7"),
            "{:?}",
            nl.details
        );
    }

    #[test]
    fn tie_is_explained() {
        let d = decide(&Rule::default(), &Votes::new(5, 5), &Turnout::default());
        assert!(say(Lang::Nl, &d).details[1].starts_with("De stemmen staken (5 voor, 5 tegen)"));
    }
}
