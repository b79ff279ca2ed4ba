//! Routes, kept in the URL hash (`#/rechtsvorm`) so that the app works from any
//! static server and offline, and so that back/forward navigation just works.

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Start page.
    Home,
    /// Legal-form guide.
    Legal,
    /// The collective: members, rules, decision log.
    Collective,
    /// Meeting mode.
    Meeting,
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
            "collectief" => Route::Collective,
            "vergadering" => Route::Meeting,
            _ => Route::NotFound,
        }
    }

    /// The hash that leads to this route.
    pub fn href(&self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "#/",
            Route::Legal => "#/rechtsvorm",
            Route::Collective => "#/collectief",
            Route::Meeting => "#/vergadering",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_round_trip() {
        for r in [Route::Home, Route::Legal, Route::Collective, Route::Meeting] {
            assert_eq!(Route::from_hash(r.href()), r);
        }
        assert_eq!(Route::from_hash(""), Route::Home);
        assert_eq!(Route::from_hash("#/rechtsvorm/vergelijk"), Route::Legal);
        assert_eq!(Route::from_hash("#/onbekend"), Route::NotFound);
    }
}
