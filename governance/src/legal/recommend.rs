//! From answers to a recommendation: which forms fit, which are possible with caveats,
//! which do not fit — each with reasons that point at catalog facts.
//!
//! The knowledge is one table, `RULES`: *this answer* → *these forms* → *for, note,
//! caveat or against* → *this fact*. It follows the decision table in
//! `legal-forms-nl.md`. A question that is not answered yet, or answered "not sure",
//! never rules a form out: every "against" of that question becomes a caveat instead
//! ("if the answer is …, this form does not fit").

use super::catalog::*;
use super::interview::{
    Answer, Answers, CollectiveKind as K, Commitments as Cm, Control, Formalities, Liability,
    People, Question, YesNo,
};
use super::{LegalForm, Text};
use serde::Serialize;

/// What a reason says about a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// Speaks for the form.
    For,
    /// Good to know; does not change the verdict.
    Note,
    /// The form is possible, but mind this.
    Caveat,
    /// Rules the form out.
    Against,
}

impl Stance {
    /// How much the reason weighs when two reasons point at the same fact.
    fn strength(self) -> u8 {
        match self {
            Stance::Note => 0,
            Stance::For => 1,
            Stance::Caveat => 2,
            Stance::Against => 3,
        }
    }

    /// A short label for the UI.
    pub fn label(self) -> Text {
        match self {
            Stance::For => Text {
                nl: "Pleit ervoor",
                en: "In favour",
            },
            Stance::Note => Text {
                nl: "Goed om te weten",
                en: "Good to know",
            },
            Stance::Caveat => Text {
                nl: "Let op",
                en: "Mind this",
            },
            Stance::Against => Text {
                nl: "Past niet, omdat",
                en: "Rules it out",
            },
        }
    }
}

/// Why a reason is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// It holds for this form whatever you answer.
    Form,
    /// It follows from this answer.
    Answer(Answer),
    /// You are not sure yet (or did not answer); *if* the answer is this one, the form
    /// does not fit. Always a [`Stance::Caveat`].
    Unsure(Answer),
}

/// One reason for a verdict, pointing at a catalog fact (which carries the citations).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// What the reason says about the form.
    pub stance: Stance,
    /// Why it is shown.
    pub basis: Basis,
    /// The catalog fact behind it.
    pub fact: &'static Fact,
}

impl Reason {
    /// The stable id of the catalog fact.
    pub fn fact_id(&self) -> FactId {
        self.fact.id
    }

    /// The citations of the fact.
    pub fn citations(&self) -> &'static [super::Citation] {
        self.fact.citations
    }
}

/// The verdict for one form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// Nothing speaks against it.
    Fits,
    /// Possible, but there are caveats (or open questions that could rule it out).
    PossibleWithCaveats,
    /// At least one reason rules it out.
    DoesNotFit,
}

impl Fit {
    /// A heading for the UI.
    pub fn label(self) -> Text {
        match self {
            Fit::Fits => Text {
                nl: "Past bij jullie",
                en: "Fits you",
            },
            Fit::PossibleWithCaveats => Text {
                nl: "Kan, maar let op",
                en: "Possible, with caveats",
            },
            Fit::DoesNotFit => Text {
                nl: "Past niet",
                en: "Does not fit",
            },
        }
    }
}

/// One form with its verdict and reasons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FormResult {
    /// The form.
    pub form: LegalForm,
    /// The verdict.
    pub fit: Fit,
    /// The reasons: against first, then caveats, for, notes; at most one per fact.
    pub reasons: Vec<Reason>,
}

impl FormResult {
    /// How many reasons speak for the form; orders forms within a group.
    pub fn score(&self) -> usize {
        self.reasons
            .iter()
            .filter(|r| r.stance == Stance::For)
            .count()
    }
}

/// The recommendation: every form exactly once, in one of three groups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Recommendation {
    /// Forms that fit, best first.
    pub fits: Vec<FormResult>,
    /// Forms that are possible with caveats, best first.
    pub with_caveats: Vec<FormResult>,
    /// Forms that do not fit.
    pub does_not_fit: Vec<FormResult>,
    /// Questions not answered yet or answered "not sure", in interview order.
    pub open_questions: Vec<Question>,
}

impl Recommendation {
    /// The best fitting form, if any form fits.
    pub fn top(&self) -> Option<&FormResult> {
        self.fits.first()
    }

    /// The forms of one group.
    pub fn group(&self, fit: Fit) -> &[FormResult] {
        match fit {
            Fit::Fits => &self.fits,
            Fit::PossibleWithCaveats => &self.with_caveats,
            Fit::DoesNotFit => &self.does_not_fit,
        }
    }

    /// The result for `form`.
    pub fn get(&self, form: LegalForm) -> Option<&FormResult> {
        self.all().find(|r| r.form == form)
    }

    /// All results: fits, then with caveats, then does not fit.
    pub fn all(&self) -> impl Iterator<Item = &FormResult> {
        self.fits
            .iter()
            .chain(&self.with_caveats)
            .chain(&self.does_not_fit)
    }
}

/// Recommend legal forms for these answers. Pure and cheap: call it on every change.
pub fn recommend(answers: &Answers) -> Recommendation {
    let mut reasons: [Vec<Reason>; 9] = Default::default();
    let mut add = |form: LegalForm, reason: Reason| add_reason(&mut reasons[form as usize], reason);

    for base in BASE {
        add(
            base.form,
            Reason {
                stance: base.stance,
                basis: Basis::Form,
                fact: base.fact,
            },
        );
    }
    for question in Question::ALL {
        match answers.settled(question) {
            Some(answer) => {
                for rule in RULES.iter().filter(|r| r.when == answer) {
                    for &form in rule.forms {
                        add(
                            form,
                            Reason {
                                stance: rule.stance,
                                basis: Basis::Answer(answer),
                                fact: rule.fact,
                            },
                        );
                    }
                }
            }
            None if caveats_when_unsure(question) => {
                let exclusions = RULES
                    .iter()
                    .filter(|r| r.when.question() == question && r.stance == Stance::Against);
                for rule in exclusions {
                    for &form in rule.forms {
                        add(
                            form,
                            Reason {
                                stance: Stance::Caveat,
                                basis: Basis::Unsure(rule.when),
                                fact: rule.fact,
                            },
                        );
                    }
                }
            }
            None => {}
        }
    }

    let mut results: Vec<FormResult> = LegalForm::ALL
        .into_iter()
        .zip(reasons)
        .map(|(form, mut reasons)| {
            // Stable: within a stance, reasons keep their order (form first, then
            // interview order).
            reasons.sort_by_key(|r| std::cmp::Reverse(r.stance.strength()));
            let fit = match reasons.first().map(|r| r.stance) {
                Some(Stance::Against) => Fit::DoesNotFit,
                Some(Stance::Caveat) => Fit::PossibleWithCaveats,
                _ => Fit::Fits,
            };
            FormResult { form, fit, reasons }
        })
        .collect();
    // Stable: equal scores keep the simplest-first order of `LegalForm::ALL`.
    results.sort_by_key(|r| std::cmp::Reverse(r.score()));

    let mut rec = Recommendation {
        fits: Vec::new(),
        with_caveats: Vec::new(),
        does_not_fit: Vec::new(),
        open_questions: answers.open_questions(),
    };
    for result in results {
        match result.fit {
            Fit::Fits => rec.fits.push(result),
            Fit::PossibleWithCaveats => rec.with_caveats.push(result),
            Fit::DoesNotFit => rec.does_not_fit.push(result),
        }
    }
    rec
}

/// Adds `reason`, keeping one reason per fact: the strongest, the first among equals.
fn add_reason(reasons: &mut Vec<Reason>, reason: Reason) {
    match reasons.iter_mut().find(|r| r.fact.id == reason.fact.id) {
        Some(existing) if reason.stance.strength() > existing.stance.strength() => {
            *existing = reason
        }
        Some(_) => {}
        None => reasons.push(reason),
    }
}

/// Whether a question that is not settled turns its exclusions into caveats. The kind of
/// collective only adds typical fits and a few hard rules for that kind; not knowing it
/// says nothing about a form.
fn caveats_when_unsure(question: Question) -> bool {
    question != Question::Kind
}

/// A rule of the decision table.
#[derive(Debug)]
pub(crate) struct Rule {
    /// The answer that triggers it.
    pub when: Answer,
    /// The forms it speaks about.
    pub forms: &'static [LegalForm],
    /// What it says about them.
    pub stance: Stance,
    /// The catalog fact behind it.
    pub fact: &'static Fact,
}

/// A reason that holds for a form whatever the answers.
#[derive(Debug)]
pub(crate) struct BaseRule {
    pub form: LegalForm,
    pub stance: Stance,
    pub fact: &'static Fact,
}

const fn rule(
    when: Answer,
    forms: &'static [LegalForm],
    stance: Stance,
    fact: &'static Fact,
) -> Rule {
    Rule {
        when,
        forms,
        stance,
        fact,
    }
}

use LegalForm::{
    Bv, CooperativeBa, CooperativeUa, CooperativeWa, InformalGroup, MutualInsurance, Stichting,
    VerenigingFull, VerenigingLimited,
};
use Stance::{Against, Caveat, For, Note};

const INFORMAL: &[LegalForm] = &[InformalGroup];
const VL: &[LegalForm] = &[VerenigingLimited];
const VF: &[LegalForm] = &[VerenigingFull];
const UA: &[LegalForm] = &[CooperativeUa];
const STI: &[LegalForm] = &[Stichting];
const COMPANY: &[LegalForm] = &[Bv];
const VERENIGINGEN: &[LegalForm] = &[VerenigingLimited, VerenigingFull];
const COOPS: &[LegalForm] = &[CooperativeUa, CooperativeBa, CooperativeWa];
/// Forms whose members decide in a general meeting.
const MEMBER_FORMS: &[LegalForm] = &[
    VerenigingLimited,
    VerenigingFull,
    CooperativeUa,
    CooperativeBa,
    CooperativeWa,
];
/// Forms that are a legal person with full capacity (and fit a civic collective at all).
const FULL_CAPACITY_FORMS: &[LegalForm] = &[
    VerenigingFull,
    CooperativeUa,
    CooperativeBa,
    CooperativeWa,
    Stichting,
    Bv,
];

/// Reasons that hold whatever the answers.
pub(crate) static BASE: &[BaseRule] = &[
    BaseRule {
        form: InformalGroup,
        stance: Note,
        fact: &GROUP_TRAP,
    },
    BaseRule {
        form: CooperativeBa,
        stance: Caveat,
        fact: &BA_MEMBER_LIABILITY,
    },
    BaseRule {
        form: CooperativeWa,
        stance: Caveat,
        fact: &WA_MEMBER_LIABILITY,
    },
    BaseRule {
        form: Bv,
        stance: Caveat,
        fact: &BV_FIT,
    },
    BaseRule {
        form: MutualInsurance,
        stance: Against,
        fact: &OWM_FIT,
    },
];

/// The decision table (`legal-forms-nl.md`, "Decision table"), one row per answer,
/// form set and fact.
pub(crate) static RULES: &[Rule] = &[
    // --- Kind of collective: typical forms (collective-types-nl.md) ---
    rule(
        Answer::Kind(K::ResidentsInitiative),
        INFORMAL,
        For,
        &GROUP_FIT,
    ),
    rule(Answer::Kind(K::NeighbourhoodCooperative), UA, For, &UA_FIT),
    rule(Answer::Kind(K::CommunityFund), STI, For, &STI_FIT),
    rule(
        Answer::Kind(K::CommunityFund),
        COOPS,
        Caveat,
        &ANBI_EXCLUDED,
    ),
    rule(Answer::Kind(K::CommunityFund), VL, Caveat, &VL_LEGAL),
    rule(Answer::Kind(K::NeighbourhoodEnterprise), UA, For, &UA_FIT),
    rule(Answer::Kind(K::NeighbourhoodEnterprise), STI, For, &STI_FIT),
    rule(
        Answer::Kind(K::NeighbourhoodEnterprise),
        COMPANY,
        Note,
        &BV_FIT,
    ),
    rule(Answer::Kind(K::EnergyCooperative), UA, For, &COOP_SCE),
    rule(
        Answer::Kind(K::EnergyCooperative),
        &[CooperativeBa, CooperativeWa],
        Note,
        &COOP_SCE,
    ),
    rule(
        Answer::Kind(K::EnergyCooperative),
        &[
            InformalGroup,
            VerenigingLimited,
            VerenigingFull,
            Stichting,
            Bv,
        ],
        Caveat,
        &COOP_SCE,
    ),
    rule(Answer::Kind(K::CareCooperative), UA, For, &UA_FIT),
    rule(Answer::Kind(K::HousingCooperative), VF, For, &VF_HOUSING),
    rule(
        Answer::Kind(K::HousingCooperative),
        COOPS,
        Caveat,
        &COOP_HOUSING,
    ),
    rule(
        Answer::Kind(K::HousingCooperative),
        &[InformalGroup, VerenigingLimited, Stichting, Bv],
        Against,
        &VF_HOUSING,
    ),
    rule(Answer::Kind(K::Broodfonds), VL, For, &VL_BROODFONDS),
    rule(Answer::Kind(K::FoodCollective), UA, For, &UA_FIT),
    rule(Answer::Kind(K::FoodCollective), VL, Note, &VL_FIT),
    rule(Answer::Kind(K::LandStewardship), UA, For, &UA_FIT),
    rule(Answer::Kind(K::PlatformCooperative), UA, For, &UA_FIT),
    rule(Answer::Kind(K::WorkerCooperative), UA, For, &UA_FIT),
    // --- Members must own/control it (one member one vote) ---
    rule(
        Answer::Control(Control::Members),
        MEMBER_FORMS,
        For,
        &VER_FINAL_SAY,
    ),
    rule(
        Answer::Control(Control::Members),
        STI,
        Against,
        &STI_FINAL_SAY,
    ),
    rule(
        Answer::Control(Control::Members),
        COMPANY,
        Caveat,
        &BV_VOTING,
    ),
    rule(
        Answer::Control(Control::Members),
        INFORMAL,
        Caveat,
        &GROUP_TRAP,
    ),
    rule(Answer::Control(Control::Board), STI, For, &STI_FINAL_SAY),
    rule(
        Answer::Control(Control::Board),
        MEMBER_FORMS,
        Caveat,
        &VER_FINAL_SAY,
    ),
    rule(
        Answer::Control(Control::Informal),
        INFORMAL,
        For,
        &GROUP_FINAL_SAY,
    ),
    rule(Answer::Control(Control::Informal), VF, Caveat, &VF_NOTARY),
    rule(
        Answer::Control(Control::Informal),
        COOPS,
        Caveat,
        &COOP_NOTARY,
    ),
    rule(Answer::Control(Control::Informal), STI, Caveat, &STI_NOTARY),
    rule(
        Answer::Control(Control::Informal),
        COMPANY,
        Caveat,
        &BV_NOTARY,
    ),
    // --- Supplying members' material needs through a business (BW 2:53) ---
    rule(Answer::MemberSupply(YesNo::Yes), COOPS, For, &COOP_WHAT),
    rule(
        Answer::MemberSupply(YesNo::Yes),
        VERENIGINGEN,
        Against,
        &VER_PURPOSE,
    ),
    rule(
        Answer::MemberSupply(YesNo::Yes),
        INFORMAL,
        Caveat,
        &GROUP_BOARD_LIABILITY,
    ),
    rule(Answer::MemberSupply(YesNo::Yes), STI, Caveat, &STI_WHAT),
    rule(
        Answer::MemberSupply(YesNo::Yes),
        COMPANY,
        Caveat,
        &BV_VOTING,
    ),
    rule(Answer::MemberSupply(YesNo::No), COOPS, Caveat, &COOP_WHAT),
    // --- Profit to members ---
    rule(
        Answer::Profit(YesNo::Yes),
        VERENIGINGEN,
        Against,
        &VER_PROFIT,
    ),
    rule(Answer::Profit(YesNo::Yes), STI, Against, &STI_PROFIT),
    rule(Answer::Profit(YesNo::Yes), COOPS, For, &COOP_PROFIT),
    rule(Answer::Profit(YesNo::Yes), COMPANY, For, &BV_PROFIT),
    rule(Answer::Profit(YesNo::Yes), INFORMAL, For, &GROUP_PROFIT),
    // --- Money, contracts, employees ---
    rule(Answer::Commitments(Cm::Nothing), INFORMAL, For, &GROUP_FIT),
    rule(
        Answer::Commitments(Cm::SmallMoney),
        INFORMAL,
        Caveat,
        &GROUP_TRAP,
    ),
    rule(
        Answer::Commitments(Cm::Contracts),
        INFORMAL,
        Caveat,
        &GROUP_BOARD_LIABILITY,
    ),
    rule(
        Answer::Commitments(Cm::Contracts),
        INFORMAL,
        Caveat,
        &GROUP_TRAP,
    ),
    rule(
        Answer::Commitments(Cm::Contracts),
        VL,
        Caveat,
        &VL_BOARD_LIABILITY,
    ),
    rule(
        Answer::Commitments(Cm::Contracts),
        FULL_CAPACITY_FORMS,
        For,
        &FULL_CAPACITY,
    ),
    rule(
        Answer::Commitments(Cm::Employees),
        INFORMAL,
        Caveat,
        &GROUP_BOARD_LIABILITY,
    ),
    rule(
        Answer::Commitments(Cm::Employees),
        INFORMAL,
        Caveat,
        &GROUP_TRAP,
    ),
    rule(
        Answer::Commitments(Cm::Employees),
        VL,
        Caveat,
        &VL_BOARD_LIABILITY,
    ),
    rule(
        Answer::Commitments(Cm::Employees),
        FULL_CAPACITY_FORMS,
        For,
        &FULL_CAPACITY,
    ),
    // --- Own real estate or inherit ---
    rule(
        Answer::Property(YesNo::Yes),
        INFORMAL,
        Against,
        &GROUP_LEGAL,
    ),
    rule(Answer::Property(YesNo::Yes), VL, Against, &VL_LEGAL),
    rule(
        Answer::Property(YesNo::Yes),
        FULL_CAPACITY_FORMS,
        For,
        &FULL_CAPACITY,
    ),
    // --- Number of people ---
    rule(
        Answer::People(People::One),
        INFORMAL,
        Against,
        &GROUP_FOUNDERS,
    ),
    rule(
        Answer::People(People::One),
        &[
            VerenigingLimited,
            VerenigingFull,
            CooperativeUa,
            CooperativeBa,
            CooperativeWa,
            MutualInsurance,
        ],
        Against,
        &VER_FOUNDERS,
    ),
    rule(Answer::People(People::One), STI, For, &STI_FOUNDERS),
    rule(Answer::People(People::One), COMPANY, For, &BV_FOUNDERS),
    rule(Answer::People(People::Many), INFORMAL, Caveat, &GROUP_FIT),
    // --- Tolerance for personal liability ---
    rule(
        Answer::Liability(Liability::NoPersonalRisk),
        INFORMAL,
        Against,
        &GROUP_BOARD_LIABILITY,
    ),
    rule(
        Answer::Liability(Liability::NoPersonalRisk),
        VL,
        Caveat,
        &VL_BOARD_LIABILITY,
    ),
    rule(
        Answer::Liability(Liability::NoPersonalRisk),
        &[CooperativeWa],
        Against,
        &WA_MEMBER_LIABILITY,
    ),
    rule(
        Answer::Liability(Liability::NoPersonalRisk),
        &[CooperativeBa],
        Caveat,
        &BA_MEMBER_LIABILITY,
    ),
    rule(
        Answer::Liability(Liability::NoPersonalRisk),
        VF,
        For,
        &VER_MEMBER_LIABILITY,
    ),
    rule(
        Answer::Liability(Liability::NoPersonalRisk),
        UA,
        For,
        &UA_MEMBER_LIABILITY,
    ),
    rule(
        Answer::Liability(Liability::NoPersonalRisk),
        STI,
        For,
        &STI_MEMBER_LIABILITY,
    ),
    rule(
        Answer::Liability(Liability::NoPersonalRisk),
        COMPANY,
        For,
        &BV_MEMBER_LIABILITY,
    ),
    // --- ANBI ---
    rule(
        Answer::Anbi(YesNo::Yes),
        &[VerenigingFull, Stichting],
        For,
        &ANBI_POSSIBLE,
    ),
    rule(Answer::Anbi(YesNo::Yes), VL, Caveat, &VL_ANBI),
    rule(Answer::Anbi(YesNo::Yes), INFORMAL, Against, &ANBI_POSSIBLE),
    rule(
        Answer::Anbi(YesNo::Yes),
        &[CooperativeUa, CooperativeBa, CooperativeWa, Bv],
        Against,
        &ANBI_EXCLUDED,
    ),
    // --- Subsidies and fund grants (CONVENTION) ---
    rule(
        Answer::Subsidies(YesNo::Yes),
        &[VerenigingFull, Stichting],
        For,
        &FUNDING,
    ),
    rule(
        Answer::Subsidies(YesNo::Yes),
        &[InformalGroup, VerenigingLimited],
        Caveat,
        &FUNDING,
    ),
    rule(
        Answer::Subsidies(YesNo::Yes),
        &[CooperativeUa, CooperativeBa, CooperativeWa, Bv],
        Note,
        &FUNDING,
    ),
    // --- Mutual support pool (broodfonds) ---
    rule(Answer::MutualPool(YesNo::Yes), VL, For, &VL_BROODFONDS),
    rule(
        Answer::MutualPool(YesNo::Yes),
        &[VerenigingFull, CooperativeUa, CooperativeBa, CooperativeWa],
        Caveat,
        &VL_BROODFONDS,
    ),
    rule(Answer::MutualPool(YesNo::Yes), STI, Against, &STI_WHAT),
    rule(Answer::MutualPool(YesNo::Yes), COMPANY, Against, &BV_FIT),
    rule(
        Answer::MutualPool(YesNo::Yes),
        INFORMAL,
        Against,
        &GROUP_TRAP,
    ),
    // --- No notary, fast and cheap ---
    rule(
        Answer::Formalities(Formalities::NoNotary),
        INFORMAL,
        For,
        &GROUP_NOTARY,
    ),
    rule(
        Answer::Formalities(Formalities::NoNotary),
        VL,
        For,
        &VL_NOTARY,
    ),
    rule(
        Answer::Formalities(Formalities::NoNotary),
        VF,
        Against,
        &VF_NOTARY,
    ),
    rule(
        Answer::Formalities(Formalities::NoNotary),
        COOPS,
        Against,
        &COOP_NOTARY,
    ),
    rule(
        Answer::Formalities(Formalities::NoNotary),
        STI,
        Against,
        &STI_NOTARY,
    ),
    rule(
        Answer::Formalities(Formalities::NoNotary),
        COMPANY,
        Against,
        &BV_NOTARY,
    ),
    rule(
        Answer::Formalities(Formalities::NoNotary),
        &[MutualInsurance],
        Against,
        &OWM_NOTARY,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::legal::interview::CollectiveKind;
    use proptest::prelude::*;
    use proptest::sample::select;

    #[test]
    fn form_discriminants_follow_all() {
        for (i, form) in LegalForm::ALL.into_iter().enumerate() {
            assert_eq!(form as usize, i);
        }
    }

    #[test]
    fn every_rule_points_at_a_catalog_fact() {
        let facts = RULES
            .iter()
            .map(|r| r.fact)
            .chain(BASE.iter().map(|b| b.fact));
        for f in facts {
            let found = fact(f.id.0).unwrap_or_else(|| panic!("{:?} not in catalog", f.id));
            assert!(std::ptr::eq(found, f), "{:?} is a copy", f.id);
            assert!(!f.citations.is_empty());
        }
    }

    #[test]
    fn rules_are_well_formed() {
        for r in RULES {
            assert!(
                !r.when.is_not_sure(),
                "a 'not sure' answer never triggers a rule"
            );
            assert!(!r.forms.is_empty());
        }
        for (i, a) in RULES.iter().enumerate() {
            for b in &RULES[i + 1..] {
                let same = a.when == b.when && a.fact.id == b.fact.id;
                let overlap = a.forms.iter().any(|f| b.forms.contains(f));
                assert!(
                    !(same && overlap),
                    "duplicate rule {:?} {:?}",
                    a.when,
                    a.fact.id
                );
            }
        }
    }

    #[test]
    fn every_answer_has_a_place_in_the_rules_or_is_deliberately_neutral() {
        // Answers that add nothing on purpose: they rule nothing in or out.
        let neutral = [
            Answer::Kind(CollectiveKind::Other),
            Answer::Profit(YesNo::No),
            Answer::Property(YesNo::No),
            Answer::People(People::Few),
            Answer::People(People::Group),
            Answer::Liability(Liability::SmallRiskOk),
            Answer::Anbi(YesNo::No),
            Answer::Subsidies(YesNo::No),
            Answer::MutualPool(YesNo::No),
            Answer::Formalities(Formalities::NotaryFine),
        ];
        for q in Question::ALL {
            for &a in q.options().iter().filter(|a| !a.is_not_sure()) {
                let used = RULES.iter().any(|r| r.when == a);
                assert_eq!(used, !neutral.contains(&a), "{a:?}");
            }
        }
    }

    #[test]
    fn nothing_answered_excludes_only_by_form() {
        let rec = recommend(&Answers::default());
        for result in rec.all() {
            for r in &result.reasons {
                if r.stance == Stance::Against {
                    assert_eq!(r.basis, Basis::Form, "{:?}", result.form);
                }
            }
        }
        assert_eq!(
            rec.does_not_fit.iter().map(|r| r.form).collect::<Vec<_>>(),
            [MutualInsurance]
        );
        assert_eq!(rec.open_questions, Question::ALL);
    }

    fn option<T: Clone + std::fmt::Debug + 'static>(
        all: &'static [T],
    ) -> impl Strategy<Value = Option<T>> {
        proptest::option::of(select(all))
    }

    prop_compose! {
        fn any_answers()(
            kind in option(&CollectiveKind::ALL),
            control in option(&[Control::Members, Control::Board, Control::Informal, Control::NotSure]),
            member_supply in option(&YesNo::ALL),
            profit in option(&YesNo::ALL),
            commitments in option(&[Cm::Nothing, Cm::SmallMoney, Cm::Contracts, Cm::Employees, Cm::NotSure]),
            property in option(&YesNo::ALL),
            people in option(&[People::One, People::Few, People::Group, People::Many, People::NotSure]),
            liability in option(&[Liability::NoPersonalRisk, Liability::SmallRiskOk, Liability::NotSure]),
            anbi in option(&YesNo::ALL),
            subsidies in option(&YesNo::ALL),
            mutual_pool in option(&YesNo::ALL),
            formalities in option(&[Formalities::NoNotary, Formalities::NotaryFine, Formalities::NotSure]),
        ) -> Answers {
            Answers { kind, control, member_supply, profit, commitments, property, people,
                      liability, anbi, subsidies, mutual_pool, formalities }
        }
    }

    /// The invariants every recommendation keeps.
    fn check_invariants(answers: &Answers) {
        let rec = recommend(answers);
        // Every form exactly once, in the group its verdict names.
        let mut forms: Vec<_> = rec.all().map(|r| r.form).collect();
        forms.sort();
        assert_eq!(forms, LegalForm::ALL);
        for fit in [Fit::Fits, Fit::PossibleWithCaveats, Fit::DoesNotFit] {
            assert!(rec.group(fit).iter().all(|r| r.fit == fit));
            let scores: Vec<_> = rec.group(fit).iter().map(FormResult::score).collect();
            assert!(
                scores.windows(2).all(|w| w[0] >= w[1]),
                "{fit:?} not sorted"
            );
        }
        for result in rec.all() {
            let has = |s| result.reasons.iter().any(|r| r.stance == s);
            let expected = if has(Stance::Against) {
                Fit::DoesNotFit
            } else if has(Stance::Caveat) {
                Fit::PossibleWithCaveats
            } else {
                Fit::Fits
            };
            assert_eq!(result.fit, expected, "{:?}", result.form);
            let mut ids: Vec<_> = result.reasons.iter().map(|r| r.fact_id()).collect();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), result.reasons.len(), "one reason per fact");
            for r in &result.reasons {
                let found = fact(r.fact_id().0).expect("reason points at a catalog fact");
                assert!(std::ptr::eq(found, r.fact));
                assert!(!r.citations().is_empty(), "{:?}", r.fact_id());
                match r.basis {
                    Basis::Unsure(a) => {
                        assert_eq!(r.stance, Stance::Caveat);
                        assert!(answers.settled(a.question()).is_none());
                    }
                    Basis::Answer(a) => assert_eq!(answers.settled(a.question()), Some(a)),
                    Basis::Form => {}
                }
            }
        }
    }

    #[test]
    fn every_single_answer_keeps_the_invariants() {
        check_invariants(&Answers::default());
        for q in Question::ALL {
            for &a in q.options() {
                check_invariants(&Answers::default().with(a));
            }
        }
    }

    proptest! {
        #[test]
        fn any_answers_keep_the_invariants(answers in any_answers()) {
            check_invariants(&answers);
        }

        /// "Not sure" never excludes: a form that does not fit while a question is open
        /// does not fit whatever that question's answer turns out to be.
        #[test]
        fn not_sure_never_excludes(answers in any_answers(), qi in 0..Question::ALL.len()) {
            let question = Question::ALL[qi];
            let mut open = answers;
            open.clear(question);
            let open_rec = recommend(&open);
            for result in &open_rec.does_not_fit {
                for &a in question.options() {
                    let rec = recommend(&open.with(a));
                    prop_assert_eq!(
                        rec.get(result.form).map(|r| r.fit),
                        Some(Fit::DoesNotFit),
                        "{:?} with {:?}", result.form, a
                    );
                }
            }
            // And "not sure" is the same as not answered.
            let not_sure = *question.options().last().unwrap();
            prop_assert_eq!(recommend(&open.with(not_sure)).fits, open_rec.fits);
        }
    }
}
