//! Interface text in Dutch (default) and English.
//!
//! Every sentence the interface shows is a [`Text`] variant, translated by an
//! exhaustive `match` per language: a missing translation does not compile.

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// Nederlands (default).
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// BCP 47 code, as used in `<html lang>` and in storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Parses a stored code; anything unknown falls back to Dutch.
    pub fn from_code(code: &str) -> Lang {
        match code {
            "en" => Lang::En,
            _ => Lang::Nl,
        }
    }

    /// The other language (for the switch).
    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

/// A piece of interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    AppName,
    Tagline,
    SkipToContent,
    NavHome,
    NavLegal,
    NavCollective,
    NavMeeting,
    SwitchLanguage,
    SwitchLanguageLabel,
    HomeTitle,
    HomeIntro1,
    HomeIntro2,
    HomeLegalTitle,
    HomeLegalBody,
    HomeCollectiveTitle,
    HomeCollectiveBody,
    HomeMeetingTitle,
    HomeMeetingBody,
    HomePrivacy,
    NotFoundTitle,
    NotFoundBody,
    BackHome,
    FooterVersion,
    FooterDisclaimer,
}

impl Text {
    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl(),
            Lang::En => self.en(),
        }
    }

    fn nl(self) -> &'static str {
        use Text::*;
        match self {
            AppName => "Samen",
            Tagline => "Samen beslissen, samen eigenaar",
            SkipToContent => "Naar de inhoud",
            NavHome => "Start",
            NavLegal => "Rechtsvorm kiezen",
            NavCollective => "Collectief",
            NavMeeting => "Vergadering",
            SwitchLanguage => "English",
            SwitchLanguageLabel => "Switch to English",
            HomeTitle => "Samen organiseren, samen beslissen",
            HomeIntro1 => "Samen helpt je collectief een rechtsvorm te kiezen die bij jullie past, met de redenen en de wetsartikelen erbij.",
            HomeIntro2 => "Daarna leg je vast hoe jullie besluiten, en tijdens de vergadering telt Samen de stemmen precies en legt het elke uitslag uit.",
            HomeLegalTitle => "Rechtsvorm kiezen",
            HomeLegalBody => "Beantwoord een paar vragen. Je ziet welke vorm past, waarom, en wat je moet regelen.",
            HomeCollectiveTitle => "Collectief",
            HomeCollectiveBody => "Leden, stemregels per soort besluit en het besluitenlogboek van je collectief.",
            HomeMeetingTitle => "Vergadering",
            HomeMeetingBody => "Aanwezigheid, volmachten, quorum, stemmen, uitslagen met uitleg en de notulen.",
            HomePrivacy => "Alles blijft in deze browser. Er is geen server en geen account. Een export is je back-up.",
            NotFoundTitle => "Pagina niet gevonden",
            NotFoundBody => "Deze pagina bestaat niet.",
            BackHome => "Terug naar start",
            FooterVersion => "Versie",
            FooterDisclaimer => "Informatie, geen juridisch advies.",
        }
    }

    fn en(self) -> &'static str {
        use Text::*;
        match self {
            AppName => "Samen",
            Tagline => "Deciding together, owning together",
            SkipToContent => "Skip to content",
            NavHome => "Home",
            NavLegal => "Choose a legal form",
            NavCollective => "Collective",
            NavMeeting => "Meeting",
            SwitchLanguage => "Nederlands",
            SwitchLanguageLabel => "Schakel naar Nederlands",
            HomeTitle => "Organise together, decide together",
            HomeIntro1 => "Samen helps your collective choose a legal form that fits, with the reasons and the articles of law behind it.",
            HomeIntro2 => "Then you set how you decide, and during the meeting Samen counts the votes exactly and explains every result.",
            HomeLegalTitle => "Choose a legal form",
            HomeLegalBody => "Answer a few questions. See which form fits, why, and what you need to arrange.",
            HomeCollectiveTitle => "Collective",
            HomeCollectiveBody => "Your collective's members, voting rules per kind of decision, and its decision log.",
            HomeMeetingTitle => "Meeting",
            HomeMeetingBody => "Attendance, proxies, quorum, votes, results with explanations, and the minutes.",
            HomePrivacy => "Everything stays in this browser. There is no server and no account. An export is your backup.",
            NotFoundTitle => "Page not found",
            NotFoundBody => "This page does not exist.",
            BackHome => "Back to home",
            FooterVersion => "Version",
            FooterDisclaimer => "Information, not legal advice.",
        }
    }
}

/// Defines a page-local text enum: every variant must carry its Dutch and its
/// English text, so a missing translation does not compile.
///
/// ```ignore
/// texts! { T { Title => ("Leden", "Members") } }
/// ```
#[macro_export]
macro_rules! texts {
    ($name:ident { $($variant:ident => ($nl:expr, $en:expr)),* $(,)? }) => {
        /// Interface texts of this page.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $(#[allow(missing_docs)] $variant),* }

        impl $name {
            /// The text in `lang`.
            pub fn get(self, lang: $crate::i18n::Lang) -> &'static str {
                match lang {
                    $crate::i18n::Lang::Nl => match self { $($name::$variant => $nl),* },
                    $crate::i18n::Lang::En => match self { $($name::$variant => $en),* },
                }
            }
        }
    };
}

/// Fills `{}` placeholders in order.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(i) = rest.find("{}") {
        out.push_str(&rest[..i]);
        match args.next() {
            Some(a) => out.push_str(&a.to_string()),
            None => out.push_str("{}"),
        }
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_placeholders() {
        assert_eq!(fill("{} van {} leden", &[&3, &"12"]), "3 van 12 leden");
        assert_eq!(fill("geen", &[]), "geen");
    }
}
