//! The founding summary of one form: notary or not, founders, KvK registration, the
//! steps, the statute items to decide, and the governance defaults the form brings.

use super::catalog::*;
use super::citation::{bw2, bw2p};
use super::{Citation, LegalForm, Status, Text};
use serde::Serialize;

/// Whether something is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// The law requires it.
    Required,
    /// Allowed, not required.
    Optional,
    /// Not needed (or not possible).
    NotNeeded,
}

impl Requirement {
    /// A short label for the UI.
    pub fn label(self) -> Text {
        match self {
            Requirement::Required => Text {
                nl: "Verplicht",
                en: "Required",
            },
            Requirement::Optional => Text {
                nl: "Mag, hoeft niet",
                en: "Optional",
            },
            Requirement::NotNeeded => Text {
                nl: "Niet nodig",
                en: "Not needed",
            },
        }
    }
}

/// One step of founding, backed by a catalog fact.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    /// What to do.
    pub text: Text,
    /// The catalog fact that explains and cites it.
    pub fact: &'static Fact,
}

/// What a statute item is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatuteTopic {
    /// Name and seat.
    Name,
    /// Purpose.
    Purpose,
    /// Members' obligations (fees).
    MemberObligations,
    /// Admission and resignation.
    Membership,
    /// Calling the general meeting.
    GeneralMeeting,
    /// Appointing and dismissing the board.
    Board,
    /// Ontstentenis of belet: who manages when all board members are absent or unable.
    AbsenceClause,
    /// Majorities and ties.
    DecisionRules,
    /// Taking part and voting online.
    ElectronicMeeting,
    /// Where money left over on dissolution goes.
    Surplus,
    /// Members' liability for a deficit (coöperatie U.A. / B.A.).
    MemberLiability,
    /// Business with non-members (coöperatie).
    NonMemberBusiness,
    /// Whether and how the statutes may be changed (stichting).
    Amendment,
    /// A supervisory board or advisory council.
    Supervision,
}

/// An item founders decide and write in the statutes.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct StatuteItem {
    /// What it is about.
    pub topic: StatuteTopic,
    /// The forms it applies to.
    pub forms: &'static [LegalForm],
    /// [`Status::Mandatory`]: the statutes must contain it; [`Status::Default`]: the law
    /// has a rule that applies unless the statutes say otherwise; [`Status::Convention`]:
    /// advisable.
    pub status: Status,
    /// What to decide.
    pub text: Text,
    /// Where it comes from; never empty.
    pub citations: &'static [Citation],
}

/// Everything founders must arrange for one form.
#[derive(Debug, Serialize)]
pub struct Founding {
    /// The form.
    pub form: LegalForm,
    /// Notary needed? Explained by the profile's `notary` fact.
    pub notary: Requirement,
    /// Minimum number of founders. Explained by the profile's `founders` fact.
    pub min_founders: u8,
    /// KvK registration. Explained by the profile's `registration` fact.
    pub registration: Requirement,
    /// Written statutes.
    pub statutes: Requirement,
    /// The steps, in order.
    pub steps: &'static [Step],
    /// The statute items to decide.
    pub statute_items: Vec<&'static StatuteItem>,
    /// The governance defaults the form brings: final say, who votes, ordinary majority,
    /// changing the statutes.
    pub governance: [&'static Fact; 4],
}

/// The founding summary of `form`.
pub fn founding(form: LegalForm) -> Founding {
    use Requirement::{NotNeeded, Optional, Required};
    let (notary, min_founders, registration, statutes, steps): (_, _, _, _, &'static [Step]) =
        match form {
            LegalForm::InformalGroup => (NotNeeded, 2, NotNeeded, NotNeeded, GROUP_STEPS),
            LegalForm::VerenigingLimited => (NotNeeded, 2, Optional, Optional, VL_STEPS),
            LegalForm::VerenigingFull => (Required, 2, Required, Required, VF_STEPS),
            LegalForm::CooperativeUa => (Required, 2, Required, Required, UA_STEPS),
            LegalForm::CooperativeBa => (Required, 2, Required, Required, BA_STEPS),
            LegalForm::CooperativeWa => (Required, 2, Required, Required, WA_STEPS),
            LegalForm::Stichting => (Required, 1, Required, Required, STI_STEPS),
            LegalForm::Bv => (Required, 1, Required, Required, BV_STEPS),
            LegalForm::MutualInsurance => (Required, 2, Required, Required, OWM_STEPS),
        };
    Founding {
        form,
        notary,
        min_founders,
        registration,
        statutes,
        steps,
        statute_items: STATUTE_ITEMS
            .iter()
            .filter(|item| item.forms.contains(&form))
            .collect(),
        governance: form.profile().governance(),
    }
}

const fn step(nl: &'static str, en: &'static str, fact: &'static Fact) -> Step {
    Step {
        text: Text { nl, en },
        fact,
    }
}

// --- Steps -------------------------------------------------------------------------

const FOUNDING_MEETING: Step = step(
    "Houd een oprichtingsvergadering met minstens 2 oprichters.",
    "Hold a founding meeting with at least 2 founders.",
    &VER_FOUNDERS,
);
const CHOOSE_BOARD: Step = step(
    "De ALV kiest het bestuur. Het bestuur verdeelt zelf de taken van voorzitter, secretaris \
     en penningmeester.",
    "The general meeting elects the board. The board divides the roles of chair, secretary \
     and treasurer itself.",
    &VER_BOARD,
);
const YEARLY_MEETING: Step = step(
    "Houd minstens één keer per jaar een ALV over het jaarverslag en het geld, en kies een \
     kascommissie.",
    "Hold a general meeting at least once a year about the annual report and the money, \
     and appoint an audit committee.",
    &VER_ANNUAL,
);
const APPLY_ANBI: Step = step(
    "Willen jullie giften waarvoor de gever belastingvoordeel krijgt? Vraag dan de \
     ANBI-status aan bij de Belastingdienst.",
    "Do you want gifts that give the donor a tax benefit? Then apply for ANBI status with \
     the Tax Administration.",
    &ANBI_POSSIBLE,
);

static GROUP_STEPS: &[Step] = &[
    step(
        "Spreek samen af wat jullie doen, wie wat doet en hoe jullie beslissen. Zet het op \
         papier.",
        "Agree together what you do, who does what and how you decide. Put it in writing.",
        &GROUP_FINAL_SAY,
    ),
    step(
        "Tekent iemand een contract of huurt iemand iets? Dan is die persoon daar zelf aan \
         gebonden. Spreek af wie dat doet en hoe jullie de kosten delen.",
        "Does someone sign a contract or rent something? Then that person is personally \
         bound. Agree who does this and how you share the costs.",
        &GROUP_BOARD_LIABILITY,
    ),
    step(
        "Krijgen jullie vaste regels, een bankrekening of een gezamenlijke pot? Dan zijn \
         jullie voor de wet misschien al een informele vereniging. Kies dan bewust een \
         rechtsvorm.",
        "Are you getting fixed rules, a bank account or a common kitty? Then in law you may \
         already be an informal association. Choose a legal form deliberately.",
        &GROUP_TRAP,
    ),
    step(
        "Zoek je geld? Sommige fondsen, zoals Fonds 1818, steunen juist groepen zonder \
         rechtsvorm.",
        "Looking for money? Some funds, such as Fonds 1818, support groups without a legal \
         form.",
        &GROUP_FIT,
    ),
];

static VL_STEPS: &[Step] = &[
    FOUNDING_MEETING,
    step(
        "Schrijf statuten (zie de punten hieronder). Dat is niet verplicht, maar zonder \
         geschreven statuten gelden alleen de standaardregels uit de wet.",
        "Write statutes (see the items below). It is not required, but without written \
         statutes only the standard rules of the law apply.",
        &VL_NOTARY,
    ),
    CHOOSE_BOARD,
    step(
        "Schrijf de vereniging in bij de KvK (eenmalig € 85,15 in 2026). Dat hoeft niet, \
         maar daarna zijn bestuurders minder snel persoonlijk aansprakelijk.",
        "Register the association at the KvK (a one-off € 85.15 in 2026). It is not \
         required, but afterwards board members are less easily personally liable.",
        &VL_REGISTRATION,
    ),
    YEARLY_MEETING,
];

static VF_STEPS: &[Step] = &[
    FOUNDING_MEETING,
    step(
        "Beslis samen over de statuten (zie de punten hieronder) en laat de notaris de akte \
         opmaken.",
        "Decide on the statutes together (see the items below) and have the notary draw up \
         the deed.",
        &VF_NOTARY,
    ),
    step(
        "Het bestuur schrijft de vereniging in bij de KvK en legt de akte daar neer.",
        "The board registers the association at the KvK and files the deed there.",
        &VF_REGISTRATION,
    ),
    step(
        "Doe dat meteen: tot de inschrijving is elke bestuurder persoonlijk aansprakelijk \
         voor afspraken van de vereniging.",
        "Do it straight away: until registration every board member is personally liable \
         for the association's agreements.",
        &VF_BOARD_LIABILITY,
    ),
    CHOOSE_BOARD,
    YEARLY_MEETING,
    APPLY_ANBI,
];

const COOP_DEED: Step = step(
    "Kies een naam met het woord 'coöperatief' en U.A., B.A. of W.A. aan het eind. Beslis \
     samen over de statuten (zie de punten hieronder) en laat de notaris de akte opmaken.",
    "Choose a name with the word 'coöperatief' and U.A., B.A. or W.A. at the end. Decide on \
     the statutes together (see the items below) and have the notary draw up the deed.",
    &COOP_NOTARY,
);
const COOP_REGISTER: Step = step(
    "De notaris regelt meestal de inschrijving bij de KvK en in het UBO-register. Tot de \
     inschrijving zijn bestuurders persoonlijk aansprakelijk.",
    "The notary usually arranges registration at the KvK and in the UBO register. Until \
     registration board members are personally liable.",
    &COOP_REGISTRATION,
);
const COOP_YEARLY: Step = step(
    "Maak elk jaar binnen 6 maanden een jaarrekening. De ALV stelt die vast.",
    "Draw up annual accounts within 6 months every year. The general meeting adopts them.",
    &COOP_ACCOUNTS,
);
const COOP_SCE_STEP: Step = step(
    "Energiecoöperatie? Voor de SCE-subsidie heeft elk lid een gelijke stem en is er \
     hoogstens één lid per adres. Regel dat in de statuten.",
    "Energy cooperative? For the SCE subsidy every member has an equal vote and there is \
     at most one member per address. Arrange this in the statutes.",
    &COOP_SCE,
);

static UA_STEPS: &[Step] = &[
    FOUNDING_MEETING,
    COOP_DEED,
    COOP_REGISTER,
    CHOOSE_BOARD,
    COOP_YEARLY,
    COOP_SCE_STEP,
];

static BA_STEPS: &[Step] = &[
    FOUNDING_MEETING,
    COOP_DEED,
    COOP_REGISTER,
    step(
        "Leg een ledenlijst neer bij de KvK en werk die elk jaar bij.",
        "File a member list at the KvK and update it every year.",
        &BA_MEMBER_LIABILITY,
    ),
    CHOOSE_BOARD,
    COOP_YEARLY,
    COOP_SCE_STEP,
];

static WA_STEPS: &[Step] = &[
    FOUNDING_MEETING,
    COOP_DEED,
    COOP_REGISTER,
    step(
        "Leg een ledenlijst neer bij de KvK en werk die elk jaar bij.",
        "File a member list at the KvK and update it every year.",
        &WA_MEMBER_LIABILITY,
    ),
    CHOOSE_BOARD,
    COOP_YEARLY,
    COOP_SCE_STEP,
];

static STI_STEPS: &[Step] = &[
    step(
        "Eén oprichter is genoeg. Kies wie er in het bestuur komen.",
        "One founder is enough. Choose who will be on the board.",
        &STI_FOUNDERS,
    ),
    step(
        "Beslis over de statuten (zie de punten hieronder) en laat de notaris de akte \
         opmaken.",
        "Decide on the statutes (see the items below) and have the notary draw up the deed.",
        &STI_NOTARY,
    ),
    step(
        "Het bestuur schrijft de stichting in bij de KvK.",
        "The board registers the foundation at the KvK.",
        &STI_REGISTRATION,
    ),
    step(
        "Doe dat meteen: tot de inschrijving is elke bestuurder persoonlijk aansprakelijk \
         voor afspraken van de stichting.",
        "Do it straight away: until registration every board member is personally liable \
         for the foundation's agreements.",
        &STI_BOARD_LIABILITY,
    ),
    step(
        "Willen jullie dat bewoners meepraten? Richt een adviesraad op. Die geeft alleen \
         advies, tenzij de statuten hem een echte bevoegdheid geven.",
        "Do you want residents to have a say? Set up an advisory council. It only gives \
         advice, unless the statutes give it a real power.",
        &STI_VOTING,
    ),
    APPLY_ANBI,
];

static BV_STEPS: &[Step] = &[
    step(
        "Laat de notaris de BV oprichten en de statuten opstellen.",
        "Have the notary found the company and draw up the statutes.",
        &BV_NOTARY,
    ),
    step(
        "Schrijf de BV in bij de KvK.",
        "Register the company at the KvK.",
        &BV_REGISTRATION,
    ),
    step(
        "Bedenk goed wie de aandelen krijgt: de aandelen beslissen, niet de mensen.",
        "Think carefully about who gets the shares: the shares decide, not the people.",
        &BV_VOTING,
    ),
    step(
        "Een 'BV met maatschappelijk doel' bestaat nog niet. Reken daar niet op.",
        "A 'B.V. with a social purpose' does not exist yet. Do not count on it.",
        &BV_BVM,
    ),
];

static OWM_STEPS: &[Step] = &[
    step(
        "Een verzekeraar heeft een vergunning nodig. Vraag eerst advies. Een broodfonds \
         heeft deze vorm niet nodig.",
        "An insurer needs a licence. Get advice first. A broodfonds does not need this form.",
        &OWM_LICENCE,
    ),
    step(
        "Laat de notaris de akte opmaken.",
        "Have the notary draw up the deed.",
        &OWM_NOTARY,
    ),
];

// --- Statute items -----------------------------------------------------------------

use LegalForm::{
    CooperativeBa, CooperativeUa, CooperativeWa, Stichting, VerenigingFull, VerenigingLimited,
};

const COOPS: &[LegalForm] = &[CooperativeUa, CooperativeBa, CooperativeWa];
/// Verenigingen whose statutes are in a notarial deed (BW 2:27 lid 4 applies).
const NOTARIAL: &[LegalForm] = &[VerenigingFull, CooperativeUa, CooperativeBa, CooperativeWa];
const ALL_VERENIGINGEN: &[LegalForm] = &[
    VerenigingLimited,
    VerenigingFull,
    CooperativeUa,
    CooperativeBa,
    CooperativeWa,
];

const fn item(
    topic: StatuteTopic,
    forms: &'static [LegalForm],
    status: Status,
    text: (&'static str, &'static str),
    citations: &'static [Citation],
) -> StatuteItem {
    StatuteItem {
        topic,
        forms,
        status,
        text: Text {
            nl: text.0,
            en: text.1,
        },
        citations,
    }
}

// Texts shared by the vereniging and stichting items (their citations differ).
const SURPLUS: (&str, &str) = (
    "Geld dat overblijft bij opheffing: waar gaat het heen? Voor een ANBI moet dat \
             een ANBI met een vergelijkbaar doel zijn.",
    "Money left over on dissolution: where does it go? For an ANBI it must be an \
             ANBI with a similar aim.",
);
const BOARD: (&str, &str) = (
    "Bestuur: hoe bestuurders worden benoemd en ontslagen.",
    "Board: how board members are appointed and dismissed.",
);
const ABSENCE: (&str, &str) = (
    "Ontstentenis of belet: wie tijdelijk bestuurt als alle bestuurders weg of \
             verhinderd zijn. Je mag ook regelen wat er gebeurt als één bestuurder wegvalt.",
    "Ontstentenis of belet: who manages for the time being if all board members are \
             absent or unable to act. You may also arrange what happens if one board member \
             drops out.",
);

use Status::{Convention, Default, Mandatory};
use StatuteTopic as T;

/// The statute items, by form. Mandatory content follows BW 2:27 lid 4 (vereniging and,
/// through BW 2:53a, coöperatie), 2:286 lid 4 (stichting) and the WBTR clause on
/// ontstentenis of belet.
pub(crate) static STATUTE_ITEMS: &[StatuteItem] = &[
    // Name and seat
    item(
        T::Name,
        &[VerenigingFull],
        Mandatory,
        (
            "Naam en vestigingsplaats: de naam van de vereniging en de gemeente waar ze \
             gevestigd is.",
            "Name and seat: the association's name and the municipality where it is based.",
        ),
        &[bw2p("27", "lid 4")],
    ),
    item(
        T::Name,
        COOPS,
        Mandatory,
        (
            "Naam en vestigingsplaats: de naam bevat het woord 'coöperatief' en eindigt op \
             U.A., B.A. of W.A.",
            "Name and seat: the name contains the word 'coöperatief' and ends in U.A., B.A. \
             or W.A.",
        ),
        &[bw2p("27", "lid 4"), bw2p("54", "lid 2"), bw2("56")],
    ),
    item(
        T::Name,
        &[Stichting],
        Mandatory,
        (
            "Naam en vestigingsplaats: de naam bevat het woord 'stichting'.",
            "Name and seat: the name contains the word 'stichting'.",
        ),
        &[bw2p("286", "lid 4")],
    ),
    item(
        T::Name,
        &[VerenigingLimited],
        Convention,
        (
            "Naam en plaats van de vereniging.",
            "The association's name and place.",
        ),
        &[bw2("52")],
    ),
    // Purpose
    item(
        T::Purpose,
        &[VerenigingFull],
        Mandatory,
        (
            "Doel: waarvoor is de vereniging er? Niet het doel van een coöperatie (een \
             bedrijf dat de leden iets levert).",
            "Purpose: what is the association for? Not the purpose of a cooperative (a \
             business that supplies its members).",
        ),
        &[bw2p("27", "lid 4"), bw2p("26", "lid 1")],
    ),
    item(
        T::Purpose,
        COOPS,
        Mandatory,
        (
            "Doel: in welke behoeften van de leden voorziet de coöperatie, en met welk \
             bedrijf?",
            "Purpose: which needs of its members does the cooperative meet, and with what \
             business?",
        ),
        &[bw2p("53", "lid 1"), bw2p("27", "lid 4")],
    ),
    item(
        T::Purpose,
        &[Stichting],
        Mandatory,
        (
            "Doel: waarvoor is de stichting er? Geen uitkeringen aan oprichters, bestuurders \
             of leden van een ander orgaan; aan anderen alleen met een ideëel of sociaal \
             doel.",
            "Purpose: what is the foundation for? No payments to founders, board members or \
             members of another body; to others only for an idealistic or social purpose.",
        ),
        &[bw2p("286", "lid 4"), bw2p("285", "lid 3")],
    ),
    item(
        T::Purpose,
        &[VerenigingLimited],
        Convention,
        (
            "Doel: waarvoor is de vereniging er? Niet het doel van een coöperatie.",
            "Purpose: what is the association for? Not the purpose of a cooperative.",
        ),
        &[bw2("52"), bw2p("26", "lid 1")],
    ),
    // Members' obligations
    item(
        T::MemberObligations,
        NOTARIAL,
        Mandatory,
        (
            "Plichten van leden: bijvoorbeeld contributie betalen, of hoe die plichten \
             worden vastgesteld.",
            "Members' obligations: for example paying a fee, or how such obligations are \
             set.",
        ),
        &[bw2p("27", "lid 4")],
    ),
    item(
        T::MemberObligations,
        &[VerenigingLimited],
        Convention,
        (
            "Plichten van leden: bijvoorbeeld contributie betalen.",
            "Members' obligations: for example paying a fee.",
        ),
        &[bw2("52"), bw2p("27", "lid 4")],
    ),
    // Membership
    item(
        T::Membership,
        ALL_VERENIGINGEN,
        Default,
        (
            "Lidmaatschap: wie lid kan worden en hoe je opzegt. Zonder regel beslist het \
             bestuur over toelating (bij een weigering kan de ALV iemand toch toelaten), en \
             zeg je op tegen het einde van het boekjaar, met 4 weken opzegtermijn.",
            "Membership: who can become a member and how to leave. Without a rule the board \
             decides on admission (if it refuses, the general meeting can still admit \
             someone), and you resign at the end of the financial year with 4 weeks' \
             notice.",
        ),
        &[bw2("33"), bw2p("36", "lid 1")],
    ),
    // General meeting
    item(
        T::GeneralMeeting,
        NOTARIAL,
        Mandatory,
        (
            "De ALV: hoe jullie de vergadering bijeenroepen, bijvoorbeeld per e-mail, en \
             hoe lang van tevoren.",
            "The general meeting: how you call it, for example by email, and how far ahead.",
        ),
        &[bw2p("27", "lid 4")],
    ),
    // Board
    item(
        T::Board,
        NOTARIAL,
        Mandatory,
        BOARD,
        &[bw2p("27", "lid 4"), bw2p("37", "lid 1–3")],
    ),
    item(
        T::Board,
        &[Stichting],
        Mandatory,
        BOARD,
        &[bw2p("286", "lid 4")],
    ),
    item(
        T::Board,
        &[VerenigingLimited],
        Default,
        (
            "Bestuur: hoe bestuurders worden gekozen en ontslagen. Zonder regel kiest de \
             ALV ze uit de leden.",
            "Board: how board members are chosen and dismissed. Without a rule the general \
             meeting elects them from among the members.",
        ),
        &[bw2p("37", "lid 1–3")],
    ),
    // Ontstentenis of belet
    item(
        T::AbsenceClause,
        NOTARIAL,
        Mandatory,
        ABSENCE,
        &[bw2p("44", "lid 5")],
    ),
    item(
        T::AbsenceClause,
        &[Stichting],
        Mandatory,
        ABSENCE,
        &[bw2("291")],
    ),
    item(
        T::AbsenceClause,
        &[VerenigingLimited],
        Convention,
        (
            "Ontstentenis of belet: wie tijdelijk bestuurt als alle bestuurders weg of \
             verhinderd zijn. Verplicht in statuten bij de notaris; hier verstandig.",
            "Ontstentenis of belet: who manages for the time being if all board members are \
             absent or unable to act. Required in notarial statutes; wise here.",
        ),
        &[bw2p("44", "lid 5")],
    ),
    // Decision rules
    item(
        T::DecisionRules,
        ALL_VERENIGINGEN,
        Convention,
        (
            "Besluiten: welke meerderheid er in de ALV geldt (gebruikelijk: meer dan de \
             helft van de uitgebrachte stemmen), wat er gebeurt als de stemmen staken, en \
             of een lid meer dan één stem kan hebben. Voor het wijzigen van de statuten \
             geldt 2/3 als je niets regelt.",
            "Decisions: which majority applies in the general meeting (usually more than \
             half of the votes cast), what happens on a tie, and whether a member can have \
             more than one vote. Changing the statutes needs 2/3 if you set nothing.",
        ),
        &[MODEL_STATUTES, bw2p("38", "lid 1"), bw2p("43", "lid 1")],
    ),
    item(
        T::DecisionRules,
        &[Stichting],
        Convention,
        (
            "Besluiten van het bestuur: welke meerderheid, en wat er gebeurt als de stemmen \
             staken. Geen bestuurder mag meer stemmen hebben dan de andere bestuurders \
             samen.",
            "Board decisions: which majority, and what happens on a tie. No board member may \
             have more votes than the other board members together.",
        ),
        &[bw2("291"), MODEL_STATUTES],
    ),
    // Online participation
    item(
        T::ElectronicMeeting,
        ALL_VERENIGINGEN,
        Default,
        (
            "Online meedoen: wil je dat leden via internet meedoen en stemmen, of vooraf \
             online stemmen? Dat kan alleen als de statuten het regelen.",
            "Taking part online: do you want members to join and vote online, or vote \
             online in advance? That is only possible if the statutes provide for it.",
        ),
        &[bw2p("38", "lid 6–8")],
    ),
    // Surplus
    item(
        T::Surplus,
        NOTARIAL,
        Mandatory,
        SURPLUS,
        &[bw2p("27", "lid 4"), BESLUIT_ANBI],
    ),
    item(
        T::Surplus,
        &[Stichting],
        Mandatory,
        SURPLUS,
        &[bw2p("286", "lid 4"), BESLUIT_ANBI],
    ),
    item(
        T::Surplus,
        &[VerenigingLimited],
        Default,
        (
            "Geld dat overblijft bij opheffing: waar gaat het heen? Zeggen de statuten \
             niets, dan gaat het naar de leden.",
            "Money left over on dissolution: where does it go? If the statutes say nothing, \
             it goes to the members.",
        ),
        &[bw2p("23b", "lid 1")],
    ),
    // Coöperatie only
    item(
        T::MemberLiability,
        &[CooperativeUa, CooperativeBa],
        Mandatory,
        (
            "Aansprakelijkheid: de statuten sluiten uit dat leden bij een tekort moeten \
             bijpassen (U.A.), of beperken het tot een bedrag (B.A.). Zonder zo'n regel is \
             de coöperatie W.A.",
            "Liability: the statutes exclude that members must make up a deficit (U.A.), or \
             limit it to an amount (B.A.). Without such a rule the cooperative is W.A.",
        ),
        &[bw2p("56", "lid 1"), bw2("55")],
    ),
    item(
        T::NonMemberBusiness,
        COOPS,
        Default,
        (
            "Zakendoen met niet-leden: mag alleen als de statuten het toestaan, en de leden \
             moeten de hoofdzaak blijven.",
            "Business with non-members: only if the statutes allow it, and the members must \
             remain the main thing.",
        ),
        &[bw2p("53", "lid 3–4")],
    ),
    // Stichting only
    item(
        T::Amendment,
        &[Stichting],
        Default,
        (
            "Statuten wijzigen: mag dat later, en wie beslist dan? Zeggen de statuten \
             niets, dan kan alleen de rechter ze wijzigen.",
            "Changing the statutes: is it allowed later, and who decides? If the statutes \
             say nothing, only a court can change them.",
        ),
        &[bw2("293"), bw2("294")],
    ),
    item(
        T::Supervision,
        &[Stichting],
        Default,
        (
            "Toezicht en advies: willen jullie een raad van toezicht, of een adviesraad van \
             bewoners? Regel dat in de statuten.",
            "Supervision and advice: do you want a supervisory board, or an advisory council \
             of residents? Arrange it in the statutes.",
        ),
        &[bw2("292a")],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::legal::interview::{Answer, Formalities, People};
    use crate::legal::recommend::{Stance, RULES};

    fn excluded_by(answer: Answer, form: LegalForm) -> bool {
        RULES
            .iter()
            .any(|r| r.when == answer && r.stance == Stance::Against && r.forms.contains(&form))
    }

    #[test]
    fn notary_matches_the_no_notary_rule() {
        for form in LegalForm::ALL {
            let f = founding(form);
            assert_eq!(
                f.notary == Requirement::Required,
                excluded_by(Answer::Formalities(Formalities::NoNotary), form),
                "{form:?}"
            );
        }
    }

    #[test]
    fn founders_match_the_one_person_rule() {
        for form in LegalForm::ALL {
            let f = founding(form);
            assert!(f.min_founders >= 1);
            assert_eq!(
                f.min_founders >= 2,
                excluded_by(Answer::People(People::One), form),
                "{form:?}"
            );
        }
    }

    #[test]
    fn every_form_has_steps_backed_by_cited_facts() {
        for form in LegalForm::ALL {
            let f = founding(form);
            assert!(!f.steps.is_empty(), "{form:?}");
            for s in f.steps {
                assert!(std::ptr::eq(fact(s.fact.id.0).unwrap(), s.fact));
                assert!(!s.text.nl.is_empty() && !s.text.en.is_empty());
            }
            assert_eq!(f.governance, form.profile().governance());
        }
    }

    #[test]
    fn notarial_statutes_have_the_mandatory_items() {
        use StatuteTopic::*;
        let required = [Name, Purpose, Board, AbsenceClause, Surplus];
        for form in [
            VerenigingFull,
            CooperativeUa,
            CooperativeBa,
            CooperativeWa,
            Stichting,
        ] {
            let f = founding(form);
            for topic in required {
                let item = f.statute_items.iter().find(|i| i.topic == topic);
                assert_eq!(
                    item.map(|i| i.status),
                    Some(Status::Mandatory),
                    "{form:?} {topic:?}"
                );
            }
        }
        // The informal vereniging: statutes optional, the same topics advisable.
        let vl = founding(VerenigingLimited);
        assert_eq!(vl.statutes, Requirement::Optional);
        for topic in [
            Name,
            Purpose,
            Membership,
            DecisionRules,
            AbsenceClause,
            Surplus,
        ] {
            let item = vl.statute_items.iter().find(|i| i.topic == topic).unwrap();
            assert_ne!(item.status, Status::Mandatory, "{topic:?}");
        }
        assert!(founding(LegalForm::InformalGroup).statute_items.is_empty());
    }

    #[test]
    fn statute_items_are_cited_and_unique_per_form() {
        for item in STATUTE_ITEMS {
            assert!(!item.citations.is_empty(), "{:?}", item.topic);
            assert!(!item.forms.is_empty());
            assert!(matches!(
                item.status,
                Status::Mandatory | Status::Default | Status::Convention
            ));
        }
        for form in LegalForm::ALL {
            let topics: Vec<_> = founding(form)
                .statute_items
                .iter()
                .map(|i| i.topic)
                .collect();
            for (i, t) in topics.iter().enumerate() {
                assert!(!topics[i + 1..].contains(t), "{form:?} has {t:?} twice");
            }
        }
    }
}
