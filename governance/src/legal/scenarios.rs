//! Golden scenarios: realistic founders' answers and the form Samen must put on top.
//!
//! Each scenario answers every question ("not sure" adds caveats by design), and
//! asserts the top form, that it has reasons in favour, and that every reason shown
//! carries citations.

use super::interview::{
    Answer, Answers, CollectiveKind as K, Commitments as Cm, Control, Formalities, Liability,
    People, Question, YesNo,
};
use super::recommend::{recommend, Fit, Recommendation, Stance};
use super::LegalForm;

fn answers(list: &[Answer]) -> Answers {
    let a = list.iter().fold(Answers::default(), |a, &x| a.with(x));
    assert!(
        Question::ALL.iter().all(|&q| a.get(q).is_some()),
        "a golden scenario answers every question (\"not sure\" is an answer)"
    );
    a
}

/// Asserts the top form and the basic promises about its reasons; returns the whole
/// recommendation for scenario-specific checks.
fn check(list: &[Answer], top: LegalForm) -> Recommendation {
    let rec = recommend(&answers(list));
    let first = rec
        .top()
        .unwrap_or_else(|| panic!("nothing fits; {:#?}", rec.with_caveats));
    assert_eq!(
        first.form,
        top,
        "top form; fits: {:?}",
        rec.fits.iter().map(|r| r.form).collect::<Vec<_>>()
    );
    assert!(
        first.reasons.iter().any(|r| r.stance == Stance::For),
        "no reason in favour"
    );
    for result in rec.all() {
        for reason in &result.reasons {
            assert!(!reason.citations().is_empty(), "{:?}", reason.fact_id());
        }
        if result.fit != Fit::Fits {
            assert!(
                !result.reasons.is_empty(),
                "{:?} needs a reason",
                result.form
            );
        }
    }
    rec
}

fn has(rec: &Recommendation, form: LegalForm, fact: &str) -> bool {
    rec.get(form)
        .unwrap()
        .reasons
        .iter()
        .any(|r| r.fact_id().0 == fact)
}

#[test]
fn broodfonds_of_35_self_employed() {
    let rec = check(
        &[
            Answer::Kind(K::Broodfonds),
            Answer::Control(Control::Members),
            Answer::MemberSupply(YesNo::No),
            Answer::Profit(YesNo::No),
            Answer::Commitments(Cm::SmallMoney),
            Answer::Property(YesNo::No),
            Answer::People(People::Group),
            Answer::Liability(Liability::SmallRiskOk),
            Answer::Anbi(YesNo::No),
            Answer::Subsidies(YesNo::No),
            Answer::MutualPool(YesNo::Yes),
            Answer::Formalities(Formalities::NoNotary),
        ],
        LegalForm::VerenigingLimited,
    );
    assert!(has(
        &rec,
        LegalForm::VerenigingLimited,
        "vereniging_limited.broodfonds"
    ));
    // Not insurance: the onderlinge waarborgmaatschappij does not fit.
    assert_eq!(
        rec.get(LegalForm::MutualInsurance).unwrap().fit,
        Fit::DoesNotFit
    );
    assert_eq!(rec.get(LegalForm::Stichting).unwrap().fit, Fit::DoesNotFit);
}

#[test]
fn energy_cooperative_owning_solar_panels() {
    let rec = check(
        &[
            Answer::Kind(K::EnergyCooperative),
            Answer::Control(Control::Members),
            Answer::MemberSupply(YesNo::Yes),
            Answer::Profit(YesNo::Yes),
            Answer::Commitments(Cm::Contracts),
            // Panels on a roof: a building or land is not sure yet.
            Answer::Property(YesNo::NotSure),
            Answer::People(People::Many),
            Answer::Liability(Liability::NoPersonalRisk),
            Answer::Anbi(YesNo::No),
            Answer::Subsidies(YesNo::Yes),
            Answer::MutualPool(YesNo::No),
            Answer::Formalities(Formalities::NotaryFine),
        ],
        LegalForm::CooperativeUa,
    );
    assert!(has(
        &rec,
        LegalForm::CooperativeUa,
        "cooperative.sce_subsidy"
    ));
    assert_eq!(rec.fits.len(), 1, "only the coöperatie U.A. fits");
    // A vereniging may not have the coöperatie purpose (BW 2:26 lid 1).
    assert_eq!(
        rec.get(LegalForm::VerenigingFull).unwrap().fit,
        Fit::DoesNotFit
    );
    assert!(has(&rec, LegalForm::VerenigingFull, "vereniging.purpose"));
}

#[test]
fn neighbourhood_fund_wanting_anbi() {
    let rec = check(
        &[
            Answer::Kind(K::CommunityFund),
            Answer::Control(Control::Board),
            Answer::MemberSupply(YesNo::No),
            Answer::Profit(YesNo::No),
            Answer::Commitments(Cm::SmallMoney),
            Answer::Property(YesNo::No),
            Answer::People(People::Few),
            Answer::Liability(Liability::NoPersonalRisk),
            Answer::Anbi(YesNo::Yes),
            Answer::Subsidies(YesNo::Yes),
            Answer::MutualPool(YesNo::No),
            Answer::Formalities(Formalities::NotaryFine),
        ],
        LegalForm::Stichting,
    );
    assert!(has(&rec, LegalForm::Stichting, "anbi.possible"));
    for coop in [
        LegalForm::CooperativeUa,
        LegalForm::CooperativeBa,
        LegalForm::CooperativeWa,
    ] {
        assert_eq!(rec.get(coop).unwrap().fit, Fit::DoesNotFit);
        assert!(has(&rec, coop, "anbi.excluded"));
    }
}

#[test]
fn three_neighbours_sharing_a_tool_shed() {
    let rec = check(
        &[
            Answer::Kind(K::ResidentsInitiative),
            Answer::Control(Control::Informal),
            Answer::MemberSupply(YesNo::No),
            Answer::Profit(YesNo::No),
            Answer::Commitments(Cm::Nothing),
            Answer::Property(YesNo::No),
            Answer::People(People::Few),
            Answer::Liability(Liability::SmallRiskOk),
            Answer::Anbi(YesNo::No),
            Answer::Subsidies(YesNo::No),
            Answer::MutualPool(YesNo::No),
            Answer::Formalities(Formalities::NoNotary),
        ],
        LegalForm::InformalGroup,
    );
    // The Bandidos trap is always shown with the informal group.
    assert!(has(
        &rec,
        LegalForm::InformalGroup,
        "informal_group.organised_group"
    ));
}

#[test]
fn organised_group_is_warned_about_the_bandidos_trap() {
    let rec = recommend(
        &Answers::default()
            .with(Answer::Kind(K::ResidentsInitiative))
            .with(Answer::Control(Control::Members))
            .with(Answer::Commitments(Cm::SmallMoney)),
    );
    let group = rec.get(LegalForm::InformalGroup).unwrap();
    assert_ne!(
        group.fit,
        Fit::Fits,
        "an organised group is never told it is just a group"
    );
    let trap = group
        .reasons
        .iter()
        .find(|r| r.fact_id().0 == "informal_group.organised_group")
        .unwrap();
    assert_eq!(trap.stance, Stance::Caveat);
}

#[test]
fn care_cooperative_employing_carers() {
    let rec = check(
        &[
            Answer::Kind(K::CareCooperative),
            Answer::Control(Control::Members),
            Answer::MemberSupply(YesNo::Yes),
            Answer::Profit(YesNo::No),
            Answer::Commitments(Cm::Employees),
            Answer::Property(YesNo::No),
            Answer::People(People::Many),
            Answer::Liability(Liability::NoPersonalRisk),
            Answer::Anbi(YesNo::No),
            Answer::Subsidies(YesNo::Yes),
            Answer::MutualPool(YesNo::No),
            Answer::Formalities(Formalities::NotaryFine),
        ],
        LegalForm::CooperativeUa,
    );
    assert_eq!(
        rec.get(LegalForm::CooperativeWa).unwrap().fit,
        Fit::DoesNotFit
    );
    assert_eq!(
        rec.get(LegalForm::CooperativeBa).unwrap().fit,
        Fit::PossibleWithCaveats
    );
}

#[test]
fn housing_cooperative() {
    let rec = check(
        &[
            Answer::Kind(K::HousingCooperative),
            Answer::Control(Control::Members),
            // Managing their own homes, not a business selling to members.
            Answer::MemberSupply(YesNo::No),
            Answer::Profit(YesNo::No),
            Answer::Commitments(Cm::Contracts),
            Answer::Property(YesNo::Yes),
            Answer::People(People::Group),
            Answer::Liability(Liability::NoPersonalRisk),
            Answer::Anbi(YesNo::No),
            Answer::Subsidies(YesNo::No),
            Answer::MutualPool(YesNo::No),
            Answer::Formalities(Formalities::NotaryFine),
        ],
        LegalForm::VerenigingFull,
    );
    assert!(has(
        &rec,
        LegalForm::VerenigingFull,
        "vereniging_full.housing"
    ));
    // The coöperatie is possible but unverified for Woningwet rights.
    let ua = rec.get(LegalForm::CooperativeUa).unwrap();
    assert_eq!(ua.fit, Fit::PossibleWithCaveats);
    assert!(has(&rec, LegalForm::CooperativeUa, "cooperative.housing"));
    assert_eq!(rec.get(LegalForm::Stichting).unwrap().fit, Fit::DoesNotFit);
}
