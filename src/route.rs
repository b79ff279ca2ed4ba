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
    /// The collective: members, rules, decision log, files.
    Collective(CollectiveView),
    /// Meeting mode: meetings, agenda, attendance, votes, minutes.
    Meeting(MeetingView),
    /// Anything else.
    NotFound,
}

/// An HTML page of the build. Each loads its own wasm bundle with only the code its
/// routes need, so that the start page loads fast on a phone (see ARCHITECTURE.md,
/// "Bundles"). Routes keep their hashes; the page file is the part before `#`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// `index.html`: the start page (and "not found").
    Home,
    /// `rechtsvorm.html`: the legal-form guide.
    Legal,
    /// `collectief.html`: the collective and meeting mode.
    Collective,
}

impl Page {
    /// Every page, in build order.
    pub const ALL: [Page; 3] = [Page::Home, Page::Legal, Page::Collective];

    /// The page's address relative to the app's folder (the start page is the folder itself).
    pub fn file(self) -> &'static str {
        match self {
            Page::Home => "./",
            Page::Legal => "rechtsvorm.html",
            Page::Collective => "collectief.html",
        }
    }
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
            "collectief" => Route::Collective(CollectiveView::parse(path)),
            "vergadering" => Route::Meeting(MeetingView::parse(path)),
            _ => Route::NotFound,
        }
    }

    /// The hash of this route, with its sub-page.
    pub fn hash(&self) -> String {
        match self {
            Route::Collective(view) => view.hash(),
            Route::Meeting(view) => view.hash(),
            other => other.href(),
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
            Route::Collective(_) => "#/collectief".into(),
            Route::Meeting(_) => "#/vergadering".into(),
        }
    }

    /// The HTML page whose bundle shows this route. "Not found" is shown by every page;
    /// links to it lead home.
    pub fn page(&self) -> Page {
        match self {
            Route::Home | Route::NotFound => Page::Home,
            Route::Legal
            | Route::LegalQuestion(_)
            | Route::LegalResult
            | Route::LegalCompare(_)
            | Route::LegalFounding(_) => Page::Legal,
            Route::Collective(_) | Route::Meeting(_) => Page::Collective,
        }
    }

    /// A link to this route from any page: the page file and the hash
    /// (`rechtsvorm.html#/rechtsvorm/uitslag`). Links within one page may use [`Route::hash`].
    pub fn link(&self) -> String {
        format!("{}{}", self.page().file(), self.hash())
    }

    /// The top-level page this route belongs to (the navigation marks it as current).
    pub fn section(&self) -> Route {
        match self {
            Route::LegalQuestion(_)
            | Route::LegalResult
            | Route::LegalCompare(_)
            | Route::LegalFounding(_) => Route::Legal,
            Route::Collective(_) => Route::Collective(CollectiveView::Overview),
            Route::Meeting(_) => Route::Meeting(MeetingView::List),
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

/// A sub-page of the collective.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CollectiveView {
    /// The list of collectives, or the open one's overview.
    Overview,
    /// Create a collective, optionally with a legal form chosen in the guide.
    New {
        /// Legal form id from `?vorm=`.
        form: Option<String>,
    },
    /// Members.
    Members,
    /// Decision rules.
    Rules,
    /// Decision log.
    Log,
    /// Export, import, storage status.
    Files,
}

impl CollectiveView {
    /// Parses the path after `collectief`.
    fn parse(path: &str) -> CollectiveView {
        let rest = path
            .trim_start_matches("collectief")
            .trim_start_matches('/');
        let (page, query) = rest.split_once('?').unwrap_or((rest, ""));
        match page.trim_end_matches('/') {
            "nieuw" => CollectiveView::New {
                form: query
                    .split('&')
                    .find_map(|kv| kv.strip_prefix("vorm="))
                    .filter(|v| !v.is_empty())
                    .map(str::to_string),
            },
            "leden" => CollectiveView::Members,
            "regels" => CollectiveView::Rules,
            "log" => CollectiveView::Log,
            "bestanden" => CollectiveView::Files,
            _ => CollectiveView::Overview,
        }
    }

    /// The hash of this sub-page.
    pub fn hash(&self) -> String {
        match self {
            CollectiveView::Overview => "#/collectief".into(),
            CollectiveView::New { form: None } => "#/collectief/nieuw".into(),
            CollectiveView::New { form: Some(f) } => format!("#/collectief/nieuw?vorm={f}"),
            CollectiveView::Members => "#/collectief/leden".into(),
            CollectiveView::Rules => "#/collectief/regels".into(),
            CollectiveView::Log => "#/collectief/log".into(),
            CollectiveView::Files => "#/collectief/bestanden".into(),
        }
    }
}

/// A sub-page of meeting mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MeetingView {
    /// The meetings of the open collective, and a new one.
    List,
    /// A meeting's agenda and proposals.
    Agenda(String),
    /// Check-in, proxies and the live quorum.
    Attendance(String),
    /// The votes on one agenda item: `(meeting, item)`.
    Item(String, String),
    /// The minutes.
    Minutes(String),
}

impl MeetingView {
    /// Parses the path after `vergadering`.
    fn parse(path: &str) -> MeetingView {
        let rest = path
            .trim_start_matches("vergadering")
            .trim_start_matches('/');
        let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
        let id = |s: &str| s.to_string();
        match parts.as_slice() {
            [m] => MeetingView::Agenda(id(m)),
            [m, "aanwezig"] => MeetingView::Attendance(id(m)),
            [m, "notulen"] => MeetingView::Minutes(id(m)),
            [m, "punt", i] => MeetingView::Item(id(m), id(i)),
            _ => MeetingView::List,
        }
    }

    /// The hash of this sub-page.
    pub fn hash(&self) -> String {
        match self {
            MeetingView::List => "#/vergadering".into(),
            MeetingView::Agenda(m) => format!("#/vergadering/{m}"),
            MeetingView::Attendance(m) => format!("#/vergadering/{m}/aanwezig"),
            MeetingView::Item(m, i) => format!("#/vergadering/{m}/punt/{i}"),
            MeetingView::Minutes(m) => format!("#/vergadering/{m}/notulen"),
        }
    }

    /// The meeting this view is about.
    pub fn meeting(&self) -> Option<&str> {
        match self {
            MeetingView::List => None,
            MeetingView::Agenda(m)
            | MeetingView::Attendance(m)
            | MeetingView::Item(m, _)
            | MeetingView::Minutes(m) => Some(m),
        }
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
            Route::Collective(CollectiveView::Overview),
            Route::Meeting(MeetingView::List),
        ] {
            assert_eq!(Route::from_hash(&r.href()), r);
        }
        for v in [
            CollectiveView::Overview,
            CollectiveView::New { form: None },
            CollectiveView::New {
                form: Some("cooperative_ua".into()),
            },
            CollectiveView::Members,
            CollectiveView::Rules,
            CollectiveView::Log,
            CollectiveView::Files,
        ] {
            assert_eq!(Route::from_hash(&v.hash()), Route::Collective(v));
        }
        for v in [
            MeetingView::List,
            MeetingView::Agenda("v1".into()),
            MeetingView::Attendance("v1".into()),
            MeetingView::Item("v1".into(), "a2".into()),
            MeetingView::Minutes("v3".into()),
        ] {
            assert_eq!(Route::from_hash(&v.hash()), Route::Meeting(v));
        }
        assert_eq!(Route::from_hash(""), Route::Home);
        assert_eq!(Route::from_hash("#/onbekend"), Route::NotFound);
        assert_eq!(
            Route::from_hash("#/collectief/nieuw?vorm=cooperative_ua"),
            Route::Collective(CollectiveView::New {
                form: Some("cooperative_ua".into())
            })
        );
    }

    #[test]
    fn every_route_has_one_page() {
        assert_eq!(Route::Home.link(), "./#/");
        assert_eq!(Route::NotFound.link(), "./#/");
        assert_eq!(
            Route::LegalFounding(LegalForm::Stichting).link(),
            "rechtsvorm.html#/rechtsvorm/oprichting/stichting"
        );
        assert_eq!(
            Route::Collective(CollectiveView::New {
                form: Some("stichting".into())
            })
            .link(),
            "collectief.html#/collectief/nieuw?vorm=stichting"
        );
        assert_eq!(
            Route::Meeting(MeetingView::Attendance("v1".into())).link(),
            "collectief.html#/vergadering/v1/aanwezig"
        );
        // A link's hash parses back to the route, whatever page it is on.
        for r in [
            Route::Legal,
            Route::LegalQuestion(3),
            Route::Collective(CollectiveView::Rules),
            Route::Meeting(MeetingView::Item("v1".into(), "a1".into())),
        ] {
            let link = r.link();
            let (file, hash) = link.split_once('#').unwrap();
            assert_eq!(file, r.page().file());
            assert_eq!(Route::from_hash(&format!("#{hash}")), r);
        }
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
        assert_eq!(
            Route::Meeting(MeetingView::Minutes("v1".into())).section(),
            Route::Meeting(MeetingView::List)
        );
    }
}
