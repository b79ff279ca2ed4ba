//! Stand-ins for `legal::LegalForm` and `validate`, which other branches are
//! finishing. Replaced by `pub use` of the real items when they land; the ids
//! here are theirs, so the file format does not change.

use crate::rules::{Regime, RuleSet};
use serde::Serialize;

/// A legal form a collective can choose (ids as in `legal::LegalForm`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalForm {
    /// No legal entity.
    InformalGroup,
    /// Vereniging met beperkte rechtsbevoegdheid.
    VerenigingLimited,
    /// Vereniging met volledige rechtsbevoegdheid.
    VerenigingFull,
    /// Coöperatie U.A.
    CooperativeUa,
    /// Coöperatie B.A.
    CooperativeBa,
    /// Coöperatie W.A.
    CooperativeWa,
    /// Stichting.
    Stichting,
    /// Besloten vennootschap.
    Bv,
    /// Onderlinge waarborgmaatschappij.
    MutualInsurance,
}

impl LegalForm {
    /// Every form.
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

    /// The stable id.
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

    /// The form with this id.
    pub fn from_id(id: &str) -> Option<LegalForm> {
        LegalForm::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// The regime whose rules a form brings; `None` for a company (shares decide).
pub fn regime_of(form: LegalForm) -> Option<Regime> {
    Some(match form {
        LegalForm::InformalGroup => Regime::InformalGroup,
        LegalForm::VerenigingLimited | LegalForm::VerenigingFull => Regime::Vereniging,
        LegalForm::CooperativeUa
        | LegalForm::CooperativeBa
        | LegalForm::CooperativeWa
        | LegalForm::MutualInsurance => Regime::Cooperatie,
        LegalForm::Stichting => Regime::Stichting,
        LegalForm::Bv => return None,
    })
}

/// A finding of the rules check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Finding {
    /// Breaks a mandatory rule.
    Violation,
    /// Differs from the default.
    Deviation,
}

impl Finding {
    /// True for a violation.
    pub const fn is_violation(&self) -> bool {
        matches!(self, Finding::Violation)
    }
}

/// Checks `set` against `regime` (stand-in: finds nothing).
pub fn validate_with_votes(_set: &RuleSet, _regime: Regime, _entitled_votes: u64) -> Vec<Finding> {
    Vec::new()
}
