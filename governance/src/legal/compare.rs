//! Side-by-side comparison of a few forms: one row per common field.

use super::catalog::{Fact, Topic};
use super::LegalForm;
use serde::Serialize;

/// Forms side by side: rows are the [`Topic::COMMON`] fields, columns are the forms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// The compared forms, in the order asked, without repeats.
    pub forms: Vec<LegalForm>,
    /// One row per common field.
    pub rows: Vec<ComparisonRow>,
}

/// One field for every compared form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ComparisonRow {
    /// The field.
    pub topic: Topic,
    /// One fact per form, in the order of [`Comparison::forms`].
    pub cells: Vec<&'static Fact>,
    /// True when every form has the same fact here (the UI may fold such rows).
    pub same: bool,
}

/// Compare `forms` (meant for 2–3; any number works, repeats are dropped).
pub fn compare(forms: &[LegalForm]) -> Comparison {
    let mut unique: Vec<LegalForm> = Vec::with_capacity(forms.len());
    for &form in forms {
        if !unique.contains(&form) {
            unique.push(form);
        }
    }
    let columns: Vec<[&'static Fact; 13]> = unique.iter().map(|f| f.profile().common()).collect();
    let rows = Topic::COMMON
        .iter()
        .enumerate()
        .map(|(i, &topic)| {
            let cells: Vec<&'static Fact> = columns.iter().map(|c| c[i]).collect();
            let same = cells.windows(2).all(|w| w[0].id == w[1].id);
            ComparisonRow { topic, cells, same }
        })
        .collect();
    Comparison {
        forms: unique,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_times_forms() {
        let forms = [
            LegalForm::VerenigingLimited,
            LegalForm::VerenigingFull,
            LegalForm::CooperativeUa,
        ];
        let c = compare(&forms);
        assert_eq!(c.forms, forms);
        assert_eq!(c.rows.len(), Topic::COMMON.len());
        for row in &c.rows {
            assert_eq!(row.cells.len(), 3);
            assert!(row.cells.iter().all(|f| f.topic == row.topic));
        }
        let final_say = c.rows.iter().find(|r| r.topic == Topic::FinalSay).unwrap();
        assert!(final_say.same, "all three: the ALV");
        let profit = c.rows.iter().find(|r| r.topic == Topic::Profit).unwrap();
        assert!(!profit.same, "only the coöperatie may pay out profit");
    }

    #[test]
    fn repeats_are_dropped() {
        let c = compare(&[LegalForm::Stichting, LegalForm::Stichting, LegalForm::Bv]);
        assert_eq!(c.forms, [LegalForm::Stichting, LegalForm::Bv]);
        assert!(c.rows.iter().all(|r| r.cells.len() == 2));
    }
}
