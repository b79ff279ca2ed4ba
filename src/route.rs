//! Routes, kept in the URL hash (`#/rechtsvorm`) so that the app works from any
//! static server and offline, and so that back/forward navigation just works.

use governance::legal::{LegalForm, Question};

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Start page.
    Home,
    /// Legal-form guide: the interview (on a phone, its first question).
    Legal,
    /// Legal-form guide: the interview at question `n` (1-based), `#/rechtsvorm/vraag/3`.
    LegalQuestion(usize),
    /// Legal-form guide: the result with reasons, `#/rechtsvorm/uitslag`.
    LegalResult,
    /// Legal-form guide: forms side by side, `#/rechtsvorm/vergelijk/stichting,bv`.
    LegalCompare(Vec<LegalForm>),
    /// Legal-form guide: what founding a form takes, `#/rechtsvorm/oprichting/stichting`.
    LegalFounding(LegalForm),
    /// The collective: members, rules, decision log.
    Collective,
    /// Meeting mode.
    Meeting,
    /// Anything else.
    NotFound,
}

/// At most this many forms are compared side by side.
pub const MAX_COMPARED: usize = 3;

impl Route {
    /// Parses a `location.hash` value (`""`, `"#/"`, `"#/rechtsvorm"`, …).
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let first = path.split(['/', '?']).next().unwrap_or("");
        match first {
            "" => Route::Home,
            "rechtsvorm" => legal_from_path(path),
            "collectief" => Route::Collective,
            "vergadering" => Route::Meeting,
            _ => Route::NotFound,
        }
    }

    /// The hash that leads to this route.
    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".into(),
            Route::Legal => "#/rechtsvorm".into(),
            Route::LegalQuestion(n) => format!("#/rechtsvorm/vraag/{n}"),
            Route::LegalResult => "#/rechtsvorm/uitslag".into(),
            Route::LegalCompare(forms) => {
                let ids: Vec<&str> = forms.iter().map(|f| f.id()).collect();
                format!("#/rechtsvorm/vergelijk/{}", ids.join(","))
            }
            Route::LegalFounding(form) => format!("#/rechtsvorm/oprichting/{}", form.id()),
            Route::Collective => "#/collectief".into(),
            Route::Meeting => "#/vergadering".into(),
        }
    }

    /// The top-level page this route belongs to (the navigation marks it as current).
    pub fn section(&self) -> Route {
        match self {
            Route::LegalQuestion(_)
            | Route::LegalResult
            | Route::LegalCompare(_)
            | Route::LegalFounding(_) => Route::Legal,
            other => other.clone(),
        }
    }
}

/// The sub-pages of `#/rechtsvorm/…`; unknown forms, questions or sub-pages are not found.
fn legal_from_path(path: &str) -> Route {
    let path = path.split('?').next().unwrap_or("");
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        ["rechtsvorm"] => Route::Legal,
        ["rechtsvorm", "vraag", n] => match n.parse::<usize>() {
            Ok(n) if (1..=Question::ALL.len()).contains(&n) => Route::LegalQuestion(n),
            _ => Route::NotFound,
        },
        ["rechtsvorm", "uitslag"] => Route::LegalResult,
        ["rechtsvorm", "vergelijk"] => Route::LegalCompare(Vec::new()),
        ["rechtsvorm", "vergelijk", ids] => {
            let mut forms: Vec<LegalForm> = Vec::new();
            for form in ids.split(',').filter_map(LegalForm::from_id) {
                if !forms.contains(&form) && forms.len() < MAX_COMPARED {
                    forms.push(form);
                }
            }
            Route::LegalCompare(forms)
        }
        ["rechtsvorm", "oprichting", id] => {
            LegalForm::from_id(id).map_or(Route::NotFound, Route::LegalFounding)
        }
        _ => Route::NotFound,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_round_trip() {
        for r in [
            Route::Home,
            Route::Legal,
            Route::LegalQuestion(1),
            Route::LegalQuestion(12),
            Route::LegalResult,
            Route::LegalCompare(vec![LegalForm::Stichting, LegalForm::CooperativeUa]),
            Route::LegalFounding(LegalForm::VerenigingLimited),
            Route::Collective,
            Route::Meeting,
        ] {
            assert_eq!(Route::from_hash(&r.href()), r);
        }
        assert_eq!(Route::from_hash(""), Route::Home);
        assert_eq!(Route::from_hash("#/onbekend"), Route::NotFound);
        assert_eq!(
            Route::from_hash("#/collectief/nieuw?vorm=cooperative_ua"),
            Route::Collective
        );
    }

    #[test]
    fn legal_sub_pages() {
        assert_eq!(Route::from_hash("#/rechtsvorm/"), Route::Legal);
        assert_eq!(Route::from_hash("#/rechtsvorm/vraag/0"), Route::NotFound);
        assert_eq!(Route::from_hash("#/rechtsvorm/vraag/13"), Route::NotFound);
        assert_eq!(Route::from_hash("#/rechtsvorm/vraag/x"), Route::NotFound);
        assert_eq!(
            Route::from_hash("#/rechtsvorm/oprichting/nv"),
            Route::NotFound
        );
        assert_eq!(Route::from_hash("#/rechtsvorm/iets"), Route::NotFound);
        assert_eq!(
            Route::from_hash("#/rechtsvorm/vergelijk"),
            Route::LegalCompare(vec![])
        );
        // Unknown ids and repeats are dropped; at most three forms.
        assert_eq!(
            Route::from_hash(
                "#/rechtsvorm/vergelijk/bv,nv,bv,stichting,cooperative_ua,cooperative_ba"
            ),
            Route::LegalCompare(vec![
                LegalForm::Bv,
                LegalForm::Stichting,
                LegalForm::CooperativeUa
            ])
        );
        assert_eq!(Route::LegalFounding(LegalForm::Bv).section(), Route::Legal);
        assert_eq!(Route::Meeting.section(), Route::Meeting);
    }
}
