//! Routes, kept in the URL hash (`#/rechtsvorm`) so that the app works from any
//! static server and offline, and so that back/forward navigation just works.

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Start page.
    Home,
    /// Legal-form guide.
    Legal,
    /// The collective: members, rules, decision log, files.
    Collective(CollectiveView),
    /// Meeting mode: meetings, agenda, attendance, votes, minutes.
    Meeting(MeetingView),
    /// Anything else.
    NotFound,
}

impl Route {
    /// Parses a `location.hash` value (`""`, `"#/"`, `"#/rechtsvorm"`, …).
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let first = path.split(['/', '?']).next().unwrap_or("");
        match first {
            "" => Route::Home,
            "rechtsvorm" => Route::Legal,
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
            other => other.href().to_string(),
        }
    }

    /// The hash that leads to this route's main page.
    pub fn href(&self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "#/",
            Route::Legal => "#/rechtsvorm",
            Route::Collective(_) => "#/collectief",
            Route::Meeting(_) => "#/vergadering",
        }
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
        for r in [Route::Home, Route::Legal, Route::Meeting(MeetingView::List)] {
            assert_eq!(Route::from_hash(r.href()), r);
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
        assert_eq!(Route::from_hash(""), Route::Home);
        assert_eq!(Route::from_hash("#/rechtsvorm/vergelijk"), Route::Legal);
        assert_eq!(Route::from_hash("#/onbekend"), Route::NotFound);
    }
}
