//! # Legal forms — which form fits a collective, why, and what it brings
//!
//! Founders of a Dutch citizen collective must choose a legal form. This module holds
//! the knowledge as Rust tables and answers four questions for the UI:
//!
//! - **the catalog** ([`catalog`]): every form with the same fields (legal personality,
//!   final say, founding, liability, profit, governance defaults, typical fit), each
//!   fact a [`Fact`] with a stable [`FactId`], a [`Status`] and its [`Citation`]s;
//! - **the interview** ([`interview`]): at most twelve [`Question`]s, each with *why we
//!   ask* and a *not sure* answer, collected in [`Answers`];
//! - **the recommendation** ([`recommend()`]): forms grouped as fits / possible with
//!   caveats / does not fit, every [`Reason`] pointing at a catalog fact;
//! - **comparison and founding** ([`compare()`], [`founding()`]): forms side by side,
//!   and the steps, statute items and governance defaults of one form.
//!
//! Sources: `shared/domain/legal-forms-nl.md` and the notes next to it. Text is domain
//! data here, stored bilingually as [`Text`]. This is information, not legal advice:
//! show [`DISCLAIMER`] with every result.

pub mod catalog;
mod citation;
pub mod compare;
pub mod founding;
pub mod interview;
pub mod recommend;
#[cfg(test)]
mod scenarios;

pub use catalog::{all_facts, fact, forms_of, profile, Fact, FactId, Profile, Topic};
pub use citation::{BwBook, Citation};
pub use compare::{compare, Comparison, ComparisonRow};
pub use founding::{founding, Founding, Requirement, StatuteItem, StatuteTopic, Step};
pub use interview::{
    Answer, Answers, CollectiveKind, Commitments, Control, Formalities, Liability, People,
    Question, YesNo,
};
pub use recommend::{recommend, Basis, Fit, FormResult, Reason, Recommendation, Stance};

use serde::{Deserialize, Serialize};

/// A piece of user-facing text in Dutch and English.
///
/// Dutch at B1 level with "je"; a legal term appears once with a plain explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Text {
    /// Dutch.
    pub nl: &'static str,
    /// English.
    pub en: &'static str,
}

/// How firm a fact is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The law says so; statutes or agreements cannot change it.
    Mandatory,
    /// The law says so unless the statutes (or the agreement) say otherwise.
    Default,
    /// Common practice or model statutes; not law.
    Convention,
    /// A proposal or plan that is not (yet) law. Never apply it as a rule.
    NotLaw,
    /// Could not be confirmed from a source in the research behind Samen.
    Unverified,
}

impl Status {
    /// A short label for the UI.
    pub fn label(self) -> Text {
        match self {
            Status::Mandatory => Text {
                nl: "Wet: hier kun je niet van afwijken",
                en: "Law: you cannot change this",
            },
            Status::Default => Text {
                nl: "Wet: geldt, tenzij jullie statuten iets anders zeggen",
                en: "Law: applies unless your statutes say otherwise",
            },
            Status::Convention => Text {
                nl: "Gebruik in de praktijk, geen wet",
                en: "Common practice, not law",
            },
            Status::NotLaw => Text {
                nl: "Geen wet: alleen een voorstel",
                en: "Not law: only a proposal",
            },
            Status::Unverified => Text {
                nl: "Niet nagegaan in een bron",
                en: "Not checked against a source",
            },
        }
    }
}

/// A legal form a collective can choose (`legal-forms-nl.md`).
///
/// The serde ids are stable snake_case strings, equal to [`LegalForm::id`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalForm {
    /// No legal entity: individuals, or a maatschap (BW 7A:1655).
    InformalGroup,
    /// Vereniging met beperkte rechtsbevoegdheid: statutes not in a notarial deed (BW 2:30).
    VerenigingLimited,
    /// Vereniging met volledige rechtsbevoegdheid: statutes in a notarial deed (BW 2:27).
    VerenigingFull,
    /// Coöperatie U.A.: members' liability for a deficit excluded (BW 2:56).
    CooperativeUa,
    /// Coöperatie B.A.: members' liability for a deficit limited (BW 2:56).
    CooperativeBa,
    /// Coöperatie W.A.: statutory members' liability for a deficit (BW 2:55).
    CooperativeWa,
    /// Stichting: no members, the board decides (BW 2:285).
    Stichting,
    /// Besloten vennootschap: shares decide (BW 2:175). Explained to show why it rarely fits.
    Bv,
    /// Onderlinge waarborgmaatschappij: insurance with members (BW 2:53 lid 2). Mentioned only.
    MutualInsurance,
}

impl LegalForm {
    /// Every form, simplest first. Recommendations break ties in this order.
    pub const ALL: [LegalForm; 9] = [
        LegalForm::InformalGroup,
        LegalForm::VerenigingLimited,
        LegalForm::VerenigingFull,
        LegalForm::CooperativeUa,
        LegalForm::CooperativeBa,
        LegalForm::CooperativeWa,
        LegalForm::Stichting,
        LegalForm::Bv,
        LegalForm::MutualInsurance,
    ];

    /// The stable id (the serde name), e.g. `"vereniging_limited"`.
    pub fn id(self) -> &'static str {
        match self {
            LegalForm::InformalGroup => "informal_group",
            LegalForm::VerenigingLimited => "vereniging_limited",
            LegalForm::VerenigingFull => "vereniging_full",
            LegalForm::CooperativeUa => "cooperative_ua",
            LegalForm::CooperativeBa => "cooperative_ba",
            LegalForm::CooperativeWa => "cooperative_wa",
            LegalForm::Stichting => "stichting",
            LegalForm::Bv => "bv",
            LegalForm::MutualInsurance => "mutual_insurance",
        }
    }

    /// The form with this [`id`](LegalForm::id), if any.
    pub fn from_id(id: &str) -> Option<LegalForm> {
        LegalForm::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The everyday name, e.g. "Informele vereniging" / "Informal association".
    pub fn name(self) -> Text {
        self.profile().name
    }

    /// The catalog entry of this form.
    pub fn profile(self) -> &'static Profile {
        catalog::profile(self)
    }

    /// Which family of decision-making rules this form brings.
    pub fn governance_kind(self) -> GovernanceKind {
        match self {
            LegalForm::InformalGroup => GovernanceKind::InformalGroup,
            LegalForm::VerenigingLimited | LegalForm::VerenigingFull => GovernanceKind::Vereniging,
            // The onderlinge waarborgmaatschappij shares Titel 3 with the coöperatie.
            LegalForm::CooperativeUa
            | LegalForm::CooperativeBa
            | LegalForm::CooperativeWa
            | LegalForm::MutualInsurance => GovernanceKind::Cooperatie,
            LegalForm::Stichting => GovernanceKind::Stichting,
            LegalForm::Bv => GovernanceKind::Company,
        }
    }
}

/// The family of decision-making rules a form brings (see `decision-rules-nl.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GovernanceKind {
    /// No statutory rules: participants decide as they agree (BW 7A:1676).
    InformalGroup,
    /// Titel 2: the general meeting (ALV) has the final say, one member one vote by default.
    Vereniging,
    /// Titel 2 and 3: as a vereniging, plus the coöperatie's own rules (accounts, liability).
    Cooperatie,
    /// Board only, no members (BW 2:285, 2:291).
    Stichting,
    /// Shareholders vote by shares (BW 2:228).
    Company,
}

/// Shown with every result: information, not legal advice.
pub const DISCLAIMER: Text = Text {
    nl: "Samen geeft informatie, geen juridisch advies. Wetten en de regels van fondsen en \
         de Belastingdienst veranderen; deze informatie is bijgewerkt tot begin 2026. \
         Laat je keuze controleren door een notaris of jurist voordat je iets opricht of \
         ondertekent.",
    en: "Samen gives information, not legal advice. Laws and the rules of funds and the \
         tax authority change; this information is up to date to early 2026. Have your \
         choice checked by a notary or lawyer before you found or sign anything.",
};

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::value::{Error, StrDeserializer};
    use serde::de::IntoDeserializer;

    #[test]
    fn ids_are_unique_and_round_trip() {
        for form in LegalForm::ALL {
            assert_eq!(LegalForm::from_id(form.id()), Some(form));
            let de: StrDeserializer<'_, Error> = form.id().into_deserializer();
            assert_eq!(LegalForm::deserialize(de), Ok(form), "serde id of {form:?}");
        }
        let mut ids: Vec<_> = LegalForm::ALL.iter().map(|f| f.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), LegalForm::ALL.len());
        assert_eq!(LegalForm::from_id("nv"), None);
    }

    #[test]
    fn governance_kind_follows_the_family() {
        use GovernanceKind as K;
        let kinds: Vec<_> = LegalForm::ALL.iter().map(|f| f.governance_kind()).collect();
        assert_eq!(
            kinds,
            [
                K::InformalGroup,
                K::Vereniging,
                K::Vereniging,
                K::Cooperatie,
                K::Cooperatie,
                K::Cooperatie,
                K::Stichting,
                K::Company,
                K::Cooperatie
            ]
        );
    }
}
