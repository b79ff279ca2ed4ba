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
    ComingSoon,
    LegalComing,
    CollectiveComing,
    MeetingComing,
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
            ComingSoon => "Nog in aanbouw",
            LegalComing => "Hier kies je straks een rechtsvorm: vragen, een advies met redenen en wetsartikelen, een vergelijking en een overzicht van wat je bij de oprichting moet regelen. Dit deel is nog niet klaar.",
            CollectiveComing => "Hier beheer je straks je collectief: leden, stemregels per soort besluit en het besluitenlogboek, automatisch bewaard en te delen als bestand. Dit deel is nog niet klaar.",
            MeetingComing => "Hier leid je straks een vergadering: aanwezigheid, volmachten, quorum, stemmen en notulen. Dit deel is nog niet klaar.",
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
            ComingSoon => "Under construction",
            LegalComing => "Here you will choose a legal form: questions, advice with reasons and articles of law, a comparison, and a summary of what founding requires. This part is not ready yet.",
            CollectiveComing => "Here you will manage your collective: members, voting rules per kind of decision and the decision log, saved automatically and shareable as a file. This part is not ready yet.",
            MeetingComing => "Here you will run a meeting: attendance, proxies, quorum, votes and minutes. This part is not ready yet.",
            NotFoundTitle => "Page not found",
            NotFoundBody => "This page does not exist.",
            BackHome => "Back to home",
            FooterVersion => "Version",
            FooterDisclaimer => "Information, not legal advice.",
        }
    }
}
