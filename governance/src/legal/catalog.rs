//! The legal-form catalog: every form with the same fields, every fact cited.
//!
//! Source: `shared/domain/legal-forms-nl.md` (and, for governance defaults,
//! `decision-rules-nl.md`). Each [`Fact`] is one row: a stable [`FactId`], the
//! [`Topic`] it answers, its [`Status`], bilingual text and at least one [`Citation`].
//! A fact can be shared by several forms (all verenigingen share the ALV rules of
//! Titel 2, for instance); [`Profile`]s point at the facts of one form.

use super::citation::{bw2, bw2p, bw7a, source};
use super::{Citation, LegalForm, Status, Text};
use serde::Serialize;

/// The stable id of a catalog fact, e.g. `"vereniging_limited.board_liability"`.
///
/// Ids are `group.topic` in lowercase snake_case; the UI and stored results may refer
/// to them, so never rename one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct FactId(pub &'static str);

/// What a fact is about. The first thirteen ([`Topic::COMMON`]) are fields every
/// form has; the others are extra facts some forms have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// What the form is.
    WhatItIs,
    /// Whether it is a legal person, and its capacity.
    LegalPersonality,
    /// Which organ has the final say.
    FinalSay,
    /// Whether a notary is needed.
    Notary,
    /// How many founders are needed.
    Founders,
    /// Registration at the KvK (Handelsregister).
    Registration,
    /// Liability of the board.
    BoardLiability,
    /// Liability of members.
    MemberLiability,
    /// Whether profit may go to members.
    Profit,
    /// Who votes (governance default).
    Voting,
    /// The majority for ordinary decisions (governance default).
    OrdinaryMajority,
    /// How the statutes (or agreement) are changed (governance default).
    StatuteChange,
    /// Which collectives typically use the form.
    Fit,
    /// A trap founders must know about.
    Warning,
    /// What the purpose may or may not be.
    Purpose,
    /// How the board is appointed and dismissed.
    Board,
    /// Tax status (ANBI).
    TaxStatus,
    /// Subsidies and funds.
    Funding,
    /// Housing (Woningwet).
    Housing,
    /// Mutual support pools (broodfonds).
    MutualSupport,
    /// Costs of founding (order of magnitude).
    Costs,
    /// Annual accounts and the yearly meeting.
    AnnualAccounts,
    /// Supervision: supervisory board, court.
    Oversight,
    /// Merging with other organisations.
    Merger,
    /// A licence needed to operate.
    Licence,
    /// How meetings may be held (physical, hybrid, online).
    Meeting,
    /// A proposal that is not law.
    Proposal,
}

impl Topic {
    /// The fields every form has, in the order of [`Profile::common`] and comparisons.
    pub const COMMON: [Topic; 13] = [
        Topic::WhatItIs,
        Topic::LegalPersonality,
        Topic::FinalSay,
        Topic::Notary,
        Topic::Founders,
        Topic::Registration,
        Topic::BoardLiability,
        Topic::MemberLiability,
        Topic::Profit,
        Topic::Voting,
        Topic::OrdinaryMajority,
        Topic::StatuteChange,
        Topic::Fit,
    ];

    /// A heading for the UI.
    pub fn label(self) -> Text {
        let (nl, en) = match self {
            Topic::WhatItIs => ("Wat is het?", "What is it?"),
            Topic::LegalPersonality => ("Rechtspersoon", "Legal entity"),
            Topic::FinalSay => ("Wie heeft het laatste woord?", "Who has the final say?"),
            Topic::Notary => ("Notaris", "Notary"),
            Topic::Founders => ("Oprichters", "Founders"),
            Topic::Registration => ("Inschrijving bij de KvK", "KvK registration"),
            Topic::BoardLiability => ("Aansprakelijkheid van het bestuur", "Board liability"),
            Topic::MemberLiability => ("Aansprakelijkheid van leden", "Member liability"),
            Topic::Profit => ("Winst naar leden", "Profit to members"),
            Topic::Voting => ("Wie stemt?", "Who votes?"),
            Topic::OrdinaryMajority => (
                "Meerderheid bij gewone besluiten",
                "Majority for ordinary decisions",
            ),
            Topic::StatuteChange => ("Statuten wijzigen", "Changing the statutes"),
            Topic::Fit => ("Past bij", "Typical fit"),
            Topic::Warning => ("Let op", "Watch out"),
            Topic::Purpose => ("Doel", "Purpose"),
            Topic::Board => ("Bestuur kiezen", "Choosing the board"),
            Topic::TaxStatus => ("ANBI-status", "ANBI status"),
            Topic::Funding => ("Subsidies en fondsen", "Subsidies and funds"),
            Topic::Housing => ("Wonen", "Housing"),
            Topic::MutualSupport => ("Elkaar steunen", "Mutual support"),
            Topic::Costs => ("Kosten", "Costs"),
            Topic::AnnualAccounts => ("Jaarrekening en ALV", "Annual accounts and meeting"),
            Topic::Oversight => ("Toezicht", "Supervision"),
            Topic::Merger => ("Fuseren", "Merging"),
            Topic::Licence => ("Vergunning", "Licence"),
            Topic::Meeting => ("Vergaderen", "Meetings"),
            Topic::Proposal => ("Nog geen wet", "Not law yet"),
        };
        Text { nl, en }
    }
}

/// One row of the catalog.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Fact {
    /// Stable id.
    pub id: FactId,
    /// What the fact is about.
    pub topic: Topic,
    /// How firm it is.
    pub status: Status,
    /// The fact in plain words.
    pub text: Text,
    /// Where it comes from; never empty.
    pub citations: &'static [Citation],
}

/// Everything the catalog says about one form.
///
/// The named fields are the [`Topic::COMMON`] fields every form has; `more` holds the
/// extra facts of this form.
#[derive(Debug, Serialize)]
pub struct Profile {
    /// The form.
    pub form: LegalForm,
    /// Everyday name.
    pub name: Text,
    /// The term the law uses.
    pub law_term: &'static str,
    /// What it is.
    pub what_it_is: &'static Fact,
    /// Legal personality and capacity.
    pub legal_personality: &'static Fact,
    /// Who has the final say.
    pub final_say: &'static Fact,
    /// Notary or not.
    pub notary: &'static Fact,
    /// Number of founders.
    pub founders: &'static Fact,
    /// KvK registration.
    pub registration: &'static Fact,
    /// Liability of the board.
    pub board_liability: &'static Fact,
    /// Liability of members.
    pub member_liability: &'static Fact,
    /// Profit to members.
    pub profit: &'static Fact,
    /// Who votes.
    pub voting: &'static Fact,
    /// Majority for ordinary decisions.
    pub ordinary_majority: &'static Fact,
    /// Changing the statutes.
    pub statute_change: &'static Fact,
    /// Typical fit among the collective types.
    pub fit: &'static Fact,
    /// Extra facts about this form.
    pub more: &'static [&'static Fact],
}

impl Profile {
    /// The common fields, in the order of [`Topic::COMMON`].
    pub fn common(&self) -> [&'static Fact; 13] {
        [
            self.what_it_is,
            self.legal_personality,
            self.final_say,
            self.notary,
            self.founders,
            self.registration,
            self.board_liability,
            self.member_liability,
            self.profit,
            self.voting,
            self.ordinary_majority,
            self.statute_change,
            self.fit,
        ]
    }

    /// Every fact of this form: the common fields, then the extra ones.
    pub fn facts(&self) -> impl Iterator<Item = &'static Fact> + '_ {
        self.common().into_iter().chain(self.more.iter().copied())
    }

    /// The governance defaults this form brings: final say, who votes, the ordinary
    /// majority and how the statutes change.
    pub fn governance(&self) -> [&'static Fact; 4] {
        [
            self.final_say,
            self.voting,
            self.ordinary_majority,
            self.statute_change,
        ]
    }
}

/// The catalog entry of `form`.
pub fn profile(form: LegalForm) -> &'static Profile {
    match form {
        LegalForm::InformalGroup => &GROUP,
        LegalForm::VerenigingLimited => &VERENIGING_LIMITED,
        LegalForm::VerenigingFull => &VERENIGING_FULL,
        LegalForm::CooperativeUa => &COOPERATIVE_UA,
        LegalForm::CooperativeBa => &COOPERATIVE_BA,
        LegalForm::CooperativeWa => &COOPERATIVE_WA,
        LegalForm::Stichting => &STICHTING,
        LegalForm::Bv => &BV,
        LegalForm::MutualInsurance => &MUTUAL_INSURANCE,
    }
}

/// The fact with this id, if the catalog has it.
pub fn fact(id: &str) -> Option<&'static Fact> {
    LegalForm::ALL
        .iter()
        .flat_map(|&form| profile(form).facts())
        .find(|f| f.id.0 == id)
}

/// Every fact in the catalog once, in catalog order.
pub fn all_facts() -> Vec<&'static Fact> {
    let mut all: Vec<&'static Fact> = Vec::new();
    for form in LegalForm::ALL {
        for f in profile(form).facts() {
            if !all.iter().any(|seen| seen.id == f.id) {
                all.push(f);
            }
        }
    }
    all
}

/// The forms whose profile contains `fact`.
pub fn forms_of(fact: &Fact) -> Vec<LegalForm> {
    LegalForm::ALL
        .into_iter()
        .filter(|&form| profile(form).facts().any(|f| f.id == fact.id))
        .collect()
}

const fn t(nl: &'static str, en: &'static str) -> Text {
    Text { nl, en }
}

use Status::{Convention, Default, Mandatory, NotLaw, Unverified};

const KVK_FEE: Citation = source("kvk.nl, inschrijfvergoeding (pagina van 1 januari 2026)");
const HANDELSREGISTERWET: Citation =
    source("Handelsregisterwet 2007 (niet in de bronnotities; niet nagelezen)");
const BANDIDOS: Citation = Citation::Case {
    court: "HR 24-04-2020",
    ecli: "ECLI:NL:HR:2020:797",
    name: Some("Bandidos"),
};
pub(crate) const BESLUIT_ANBI: Citation = Citation::Law {
    title: "Besluit ANBI van 26 juni 2025 (Stcrt. 2025, 20215)",
    article: None,
};
/// The section that excludes coöperaties and companies with share capital.
const BESLUIT_ANBI_EXCLUSIONS: Citation = Citation::Law {
    title: "Besluit ANBI van 26 juni 2025 (Stcrt. 2025, 20215)",
    article: Some("§ 1"),
};
const WONINGWET_18A: Citation = Citation::Law {
    title: "Woningwet",
    article: Some("art. 18a lid 1"),
};
pub(crate) const MODEL_STATUTES: Citation =
    source("modelstatuten, o.a. NLUUG (2023) art. 12 lid 5 en trmc.nl art. 19 lid 3");
const ABSTENTION_CASE: Citation = Citation::Case {
    court: "Rb Gelderland 12-01-2022",
    ecli: "ECLI:NL:RBGEL:2022:13",
    name: None,
};

// ---------------------------------------------------------------------------------
// 1. Informal group / maatschap
// ---------------------------------------------------------------------------------

pub(crate) static GROUP_WHAT: Fact = Fact {
    id: FactId("informal_group.what_it_is"),
    topic: Topic::WhatItIs,
    status: Mandatory,
    text: t(
        "Jullie werken samen zonder iets op te richten. Voor de wet zijn jullie dan gewoon \
         losse personen. Brengen jullie iets in een gezamenlijke pot om samen het voordeel \
         te delen? Dan is het een maatschap: een samenwerking op basis van een afspraak.",
        "You work together without founding anything. In law you are then simply \
         individuals. If you put something into a common pot to share the benefit, it is a \
         maatschap (partnership): working together on the basis of an agreement.",
    ),
    citations: &[bw7a("1655")],
};

pub(crate) static GROUP_LEGAL: Fact = Fact {
    id: FactId("informal_group.legal_personality"),
    topic: Topic::LegalPersonality,
    status: Mandatory,
    text: t(
        "Geen rechtspersoon. De groep kan zelf geen contract sluiten en niets bezitten. \
         Geld, spullen en contracten staan altijd op naam van een of meer van jullie.",
        "Not a legal entity. The group itself cannot sign a contract or own anything. \
         Money, property and contracts are always in the name of one or more of you.",
    ),
    citations: &[bw2("3"), bw7a("1655")],
};

pub(crate) static GROUP_FINAL_SAY: Fact = Fact {
    id: FactId("informal_group.final_say"),
    topic: Topic::FinalSay,
    status: Default,
    text: t(
        "Wat jullie samen afspreken. In een maatschap mag elke deelnemer het beheer doen, \
         tenzij jullie iets anders afspreken.",
        "Whatever you agree together. In a maatschap every partner may manage, unless you \
         agree otherwise.",
    ),
    citations: &[bw7a("1676")],
};

pub(crate) static GROUP_NOTARY: Fact = Fact {
    id: FactId("informal_group.notary"),
    topic: Topic::Notary,
    status: Mandatory,
    text: t(
        "Geen notaris nodig. Een afspraak is genoeg. Zet die wel op papier.",
        "No notary needed. An agreement is enough. Do put it in writing.",
    ),
    citations: &[bw7a("1655")],
};

pub(crate) static GROUP_FOUNDERS: Fact = Fact {
    id: FactId("informal_group.founders"),
    topic: Topic::Founders,
    status: Mandatory,
    text: t(
        "Een maatschap is een afspraak tussen mensen, dus je hebt minstens 2 mensen nodig.",
        "A maatschap is an agreement between people, so you need at least 2 people.",
    ),
    citations: &[bw7a("1655")],
};

pub(crate) static GROUP_REGISTRATION: Fact = Fact {
    id: FactId("informal_group.registration"),
    topic: Topic::Registration,
    status: Unverified,
    text: t(
        "Geen inschrijving bij de Kamer van Koophandel (KvK) nodig, zolang jullie geen \
         bedrijf voeren.",
        "No registration at the Chamber of Commerce (KvK) needed, as long as you do not \
         run a business.",
    ),
    citations: &[HANDELSREGISTERWET],
};

pub(crate) static GROUP_BOARD_LIABILITY: Fact = Fact {
    id: FactId("informal_group.board_liability"),
    topic: Topic::BoardLiability,
    status: Mandatory,
    text: t(
        "Er is geen bestuur. Wie namens de groep iets tekent, is daar zelf aan gebonden. \
         Een deelnemer kan de anderen alleen binden als zij daar toestemming voor gaven.",
        "There is no board. Whoever signs something for the group is personally bound by \
         it. A partner can only bind the others if they gave permission.",
    ),
    citations: &[bw7a("1679"), bw7a("1681")],
};

pub(crate) static GROUP_MEMBER_LIABILITY: Fact = Fact {
    id: FactId("informal_group.member_liability"),
    topic: Topic::MemberLiability,
    status: Mandatory,
    text: t(
        "Deelnemers aan een maatschap zijn niet ieder voor het hele bedrag aansprakelijk. \
         Maar een schuldeiser met wie jullie samen zaken deden, kan van ieder een gelijk \
         deel vragen.",
        "Partners in a maatschap are not each liable for the whole amount. But a creditor \
         you dealt with together can claim an equal share from each of you.",
    ),
    citations: &[bw7a("1679"), bw7a("1680")],
};

pub(crate) static GROUP_PROFIT: Fact = Fact {
    id: FactId("informal_group.profit"),
    topic: Topic::Profit,
    status: Mandatory,
    text: t(
        "Mag. Een maatschap is er juist om het voordeel samen te delen.",
        "Allowed. A maatschap exists to share the benefit.",
    ),
    citations: &[bw7a("1655")],
};

pub(crate) static GROUP_VOTING: Fact = Fact {
    id: FactId("informal_group.voting"),
    topic: Topic::Voting,
    status: Default,
    text: t(
        "Geen vaste regels. Jullie beslissen zoals jullie afspreken, bijvoorbeeld samen in \
         overleg.",
        "No fixed rules. You decide the way you agree, for example together by consensus.",
    ),
    citations: &[bw7a("1676")],
};

pub(crate) static GROUP_MAJORITY: Fact = Fact {
    id: FactId("informal_group.ordinary_majority"),
    topic: Topic::OrdinaryMajority,
    status: Default,
    text: t(
        "De wet geeft een groep geen meerderheden. Spreek vooraf af hoe jullie beslissen: \
         als iedereen het eens is, of met een meerderheid.",
        "The law gives a group no majorities. Agree beforehand how you decide: when \
         everyone agrees, or by a majority.",
    ),
    citations: &[bw7a("1676")],
};

pub(crate) static GROUP_CHANGE: Fact = Fact {
    id: FactId("informal_group.statute_change"),
    topic: Topic::StatuteChange,
    status: Default,
    text: t(
        "Er zijn geen statuten, alleen jullie afspraak. Die verander je samen.",
        "There are no statutes, only your agreement. You change it together.",
    ),
    citations: &[bw7a("1655")],
};

pub(crate) static GROUP_FIT: Fact = Fact {
    id: FactId("informal_group.fit"),
    topic: Topic::Fit,
    status: Convention,
    text: t(
        "Past bij een bewonersinitiatief dat net begint, of bij een eenmalige actie. Fonds \
         1818 geeft bijvoorbeeld kleine bijdragen aan groepen van minstens 3 bewoners die \
         juist geen stichting of vereniging zijn.",
        "Fits a residents' initiative that is just starting, or a one-off action. Fonds \
         1818, for example, gives small grants to groups of at least 3 residents that are \
         not a foundation or association.",
    ),
    citations: &[source(
        "fonds1818.nl, veelgestelde vragen bewonersinitiatieven",
    )],
};

pub(crate) static GROUP_TRAP: Fact = Fact {
    id: FactId("informal_group.organised_group"),
    topic: Topic::Warning,
    status: Mandatory,
    text: t(
        "Let op: een groep met leden, een doel en een beetje organisatie is voor de wet al \
         snel een informele vereniging, ook als jullie dat niet zo bedoelden. Tekenen \
         daarvan: vaste regels of gewoontes, mensen die taken coördineren, inspraak van \
         leden, geld inzamelen of contributie vragen, een bankrekening op naam van de \
         groep, een gezamenlijke pot. Dan zijn de bestuurders persoonlijk aansprakelijk \
         voor schulden.",
        "Watch out: a group with members, a purpose and a little organisation is quickly \
         an informal association in law, even if you did not intend that. Signs: fixed \
         rules or habits, people who coordinate tasks, members having a say, collecting \
         money or contributions, a bank account in the group's name, a common kitty. Then \
         the board members are personally liable for debts.",
    ),
    citations: &[BANDIDOS, bw2p("30", "lid 2")],
};

pub(crate) static GROUP_BILL: Fact = Fact {
    id: FactId("informal_group.partnership_bill"),
    topic: Topic::Proposal,
    status: NotLaw,
    text: t(
        "Er wordt al jaren gewerkt aan een nieuwe wet voor de maatschap en de vof. Die is \
         nog geen wet. Hoe ver het voorstel is, is niet nagegaan.",
        "A new law for partnerships (maatschap and vof) has been in preparation for years. \
         It is not law. How far the bill has got was not checked.",
    ),
    citations: &[source(
        "wetsvoorstel modernisering personenvennootschappen (stand niet nagegaan)",
    )],
};

// ---------------------------------------------------------------------------------
// Shared by every vereniging (Titel 2 also applies to coöperatie and OWM, BW 2:53a)
// ---------------------------------------------------------------------------------

pub(crate) static VER_FINAL_SAY: Fact = Fact {
    id: FactId("vereniging.final_say"),
    topic: Topic::FinalSay,
    status: Mandatory,
    text: t(
        "De algemene ledenvergadering (ALV): de vergadering van alle leden. De ALV heeft \
         alle macht die de wet of de statuten niet aan het bestuur of een ander orgaan \
         geven.",
        "The general meeting of members (ALV). It holds every power that the law or the \
         statutes do not give to the board or another body.",
    ),
    citations: &[bw2p("40", "lid 1"), bw2("53a")],
};

pub(crate) static VER_FOUNDERS: Fact = Fact {
    id: FactId("vereniging.founders"),
    topic: Topic::Founders,
    status: Mandatory,
    text: t(
        "Minstens 2 oprichters. Een vereniging ontstaat door een afspraak tussen meerdere \
         mensen of organisaties.",
        "At least 2 founders. An association comes into being through an agreement \
         between several people or organisations.",
    ),
    citations: &[bw2p("26", "lid 2")],
};

pub(crate) static VER_VOTING: Fact = Fact {
    id: FactId("vereniging.voting"),
    topic: Topic::Voting,
    status: Default,
    text: t(
        "Elk lid mag naar de ALV en heeft één stem. De statuten kunnen sommige leden meer \
         stemmen geven. Een lid kan een ander lid schriftelijk machtigen om voor hem of \
         haar te stemmen (een volmacht).",
        "Every member may attend the general meeting and has one vote. The statutes can \
         give some members more votes. A member can authorise another member in writing \
         to vote for them (a proxy).",
    ),
    citations: &[bw2p("38", "lid 1"), bw2p("38", "lid 4")],
};

pub(crate) static VER_MAJORITY: Fact = Fact {
    id: FactId("vereniging.ordinary_majority"),
    topic: Topic::OrdinaryMajority,
    status: Convention,
    text: t(
        "De wet noemt geen meerderheid voor gewone besluiten. Gebruikelijk is: meer dan de \
         helft van de uitgebrachte stemmen. Wie zich onthoudt, brengt geen stem uit. Zet \
         de regel in de statuten.",
        "The law sets no majority for ordinary decisions. The usual rule: more than half of \
         the votes cast. Abstaining is not casting a vote. Put the rule in your statutes.",
    ),
    citations: &[MODEL_STATUTES, ABSTENTION_CASE],
};

pub(crate) static VER_BOARD: Fact = Fact {
    id: FactId("vereniging.board"),
    topic: Topic::Board,
    status: Default,
    text: t(
        "De ALV benoemt de bestuurders, meestal uit de leden. De statuten kunnen dat anders \
         regelen, als elk lid maar kan meestemmen. Wie een bestuurder benoemt, kan die \
         altijd ontslaan of schorsen. Het bestuur kiest zelf wie voorzitter, secretaris en \
         penningmeester is.",
        "The general meeting appoints the board members, usually from among the members. \
         The statutes can arrange this differently, as long as every member can take part \
         in the vote. Whoever appoints a board member can always dismiss or suspend them. \
         The board chooses its own chair, secretary and treasurer.",
    ),
    citations: &[
        bw2p("37", "lid 1–3"),
        bw2p("37", "lid 6"),
        bw2p("37", "lid 7"),
    ],
};

pub(crate) static VER_MEETING: Fact = Fact {
    id: FactId("vereniging.meeting"),
    topic: Topic::Meeting,
    status: Mandatory,
    text: t(
        "De ALV is een echte bijeenkomst. Meedoen en stemmen via internet kan alleen als \
         de statuten dat regelen. Stemmen via internet vóór de vergadering kan alleen als \
         de statuten het toestaan, en niet eerder dan 30 dagen voor de vergadering.",
        "The general meeting is a physical meeting. Taking part and voting online is only \
         possible if the statutes provide for it. Voting online before the meeting is only \
         possible if the statutes allow it, and not earlier than 30 days before.",
    ),
    citations: &[bw2p("38", "lid 6–7"), bw2p("38", "lid 8")],
};

pub(crate) static VER_DIGITAL_BILL: Fact = Fact {
    id: FactId("vereniging.digital_meeting_bill"),
    topic: Topic::Proposal,
    status: NotLaw,
    text: t(
        "Een ALV die helemaal online is, is nog geen wet. Wetsvoorstel 36 489 (digitale \
         algemene vergadering) is in december 2025 door de Tweede Kamer aangenomen en ligt \
         bij de Eerste Kamer. Misschien geldt het vanaf 1 juli 2026 (één bron, niet \
         nagegaan).",
        "A fully online general meeting is not law yet. Bill 36 489 (digital general \
         meeting) passed the House of Representatives in December 2025 and is before the \
         Senate. It may apply from 1 July 2026 (single source, not verified).",
    ),
    citations: &[
        Citation::Law {
            title: "Wetsvoorstel 36 489, Wet digitale algemene vergadering privaatrechtelijke \
                    rechtspersonen",
            article: None,
        },
        source("osnabrugge.org, februari 2026"),
        source("privacy-web.nl, februari 2024"),
    ],
};

// Shared by the two verenigingen (not by the coöperatie, which may pay out profit).

pub(crate) static VER_MEMBER_LIABILITY: Fact = Fact {
    id: FactId("vereniging.member_liability"),
    topic: Topic::MemberLiability,
    status: Mandatory,
    text: t(
        "Leden zijn niet aansprakelijk voor schulden van de vereniging. Ze hebben alleen de \
         plichten die de statuten noemen, zoals contributie betalen.",
        "Members are not liable for the association's debts. They only have the \
         obligations the statutes name, such as paying the membership fee.",
    ),
    citations: &[bw2("3"), bw2p("27", "lid 4")],
};

pub(crate) static VER_PROFIT: Fact = Fact {
    id: FactId("vereniging.profit"),
    topic: Topic::Profit,
    status: Mandatory,
    text: t(
        "Winst uitkeren aan leden mag niet. De vereniging mag wel geld verdienen, maar \
         besteedt het aan haar doel. Bij opheffing gaat wat overblijft naar wie de statuten \
         noemen. Staat daar niets, dan gaat het naar de leden.",
        "Paying out profit to members is not allowed. The association may earn money, but \
         spends it on its purpose. On dissolution, what is left goes to whoever the \
         statutes name. If they name no one, it goes to the members.",
    ),
    citations: &[bw2p("26", "lid 3"), bw2p("23b", "lid 1")],
};

pub(crate) static VER_PURPOSE: Fact = Fact {
    id: FactId("vereniging.purpose"),
    topic: Topic::Purpose,
    status: Mandatory,
    text: t(
        "Een vereniging mag niet het doel van een coöperatie hebben: een bedrijf voeren om \
         met de leden overeenkomsten te sluiten over wat ze nodig hebben, zoals energie of \
         zorg. Daarvoor richt je een coöperatie op.",
        "An association may not have the purpose of a cooperative: running a business to \
         make agreements with its members for what they need, such as energy or care. For \
         that you found a cooperative.",
    ),
    citations: &[bw2p("26", "lid 1"), bw2p("53", "lid 1")],
};

pub(crate) static VER_ANNUAL: Fact = Fact {
    id: FactId("vereniging.annual_meeting"),
    topic: Topic::AnnualAccounts,
    status: Mandatory,
    text: t(
        "Binnen 6 maanden na het boekjaar legt het bestuur in de ALV verantwoording af over \
         het jaar en het geld. Zonder verklaring van een accountant kiest de ALV elk jaar \
         een kascommissie: minstens 2 leden die niet in het bestuur zitten. Er is dus \
         minstens één ALV per jaar.",
        "Within 6 months after the financial year, the board reports to the general \
         meeting on the year and the money. Without an accountant's statement, the meeting \
         appoints an audit committee each year: at least 2 members who are not on the \
         board. So there is at least one general meeting a year.",
    ),
    citations: &[bw2p("48", "lid 1"), bw2p("48", "lid 2")],
};

// Shared by every vereniging whose statutes are in a notarial deed.

pub(crate) static NOTARIAL_CHANGE: Fact = Fact {
    id: FactId("notarial_vereniging.statute_change"),
    topic: Topic::StatuteChange,
    status: Default,
    text: t(
        "De ALV beslist met minstens 2/3 van de uitgebrachte stemmen, tenzij de statuten \
         iets anders zeggen. Zet in de uitnodiging dat er een statutenwijziging komt, \
         minstens 7 dagen van tevoren. De wijziging geldt pas als de notaris er een akte \
         van heeft gemaakt.",
        "The general meeting decides with at least 2/3 of the votes cast, unless the \
         statutes say otherwise. Say in the invitation that a change of statutes is \
         proposed, at least 7 days ahead. The change only takes effect once a notary has \
         put it in a deed.",
    ),
    citations: &[
        bw2p("42", "lid 1"),
        bw2p("43", "lid 1"),
        bw2p("43", "lid 5"),
    ],
};

/// Shared by every form that is a legal person with full capacity.
pub(crate) static FULL_CAPACITY: Fact = Fact {
    id: FactId("full_capacity.legal_personality"),
    topic: Topic::LegalPersonality,
    status: Mandatory,
    text: t(
        "Ja, een rechtspersoon met volledige rechtsbevoegdheid. De organisatie kan zelf \
         contracten sluiten, mensen in dienst nemen, een gebouw of grond bezitten en erven.",
        "Yes, a legal entity with full legal capacity. The organisation can itself sign \
         contracts, employ people, own a building or land, and inherit.",
    ),
    citations: &[bw2("3")],
};

pub(crate) static ANBI_POSSIBLE: Fact = Fact {
    id: FactId("anbi.possible"),
    topic: Topic::TaxStatus,
    status: Mandatory,
    text: t(
        "Een stichting of vereniging kan de ANBI-status aanvragen (ANBI: algemeen nut \
         beogende instelling). Voorwaarden: minstens 90% van het werk dient het algemeen \
         belang, geen winstoogmerk, beperkte beloning voor bestuurders, gegevens op \
         internet zetten, en bij opheffing gaat het geld naar een ANBI met een vergelijkbaar \
         doel. Gevers krijgen dan belastingvoordeel, en de ANBI betaalt geen schenk- of \
         erfbelasting over giften.",
        "A foundation or association can apply for ANBI status (public-benefit \
         institution). Conditions: at least 90% of the work serves the general interest, \
         no profit motive, limited pay for board members, publishing information online, \
         and on dissolution the money goes to an ANBI with a similar aim. Donors then get a \
         tax benefit, and the ANBI pays no gift or inheritance tax on gifts.",
    ),
    citations: &[
        BESLUIT_ANBI,
        source("fundamentvoor.nl"),
        source("notarispiek.nl"),
    ],
};

pub(crate) static ANBI_EXCLUDED: Fact = Fact {
    id: FactId("anbi.excluded"),
    topic: Topic::TaxStatus,
    status: Mandatory,
    text: t(
        "Een coöperatie of een vennootschap met aandelen (zoals een BV) kan geen \
         ANBI-status krijgen. Gevers krijgen dus geen belastingvoordeel, en over giften \
         betaal je schenk- of erfbelasting.",
        "A cooperative or a company with shares (such as a B.V.) cannot get ANBI status. \
         So donors get no tax benefit, and you pay gift or inheritance tax on gifts.",
    ),
    citations: &[
        BESLUIT_ANBI_EXCLUSIONS,
        source("lokalefondsen.nl, veelgestelde vragen"),
    ],
};

pub(crate) static FUNDING: Fact = Fact {
    id: FactId("funding.grants"),
    topic: Topic::Funding,
    status: Convention,
    text: t(
        "Veel fondsen en gemeenten geven alleen geld aan een rechtspersoon met volledige \
         rechtsbevoegdheid, zoals een stichting of een vereniging bij de notaris. Sommige \
         fondsen steunen juist kleine groepen zonder rechtsvorm, zoals Fonds 1818. Lees de \
         voorwaarden van elk fonds.",
        "Many funds and municipalities only give money to a legal entity with full legal \
         capacity, such as a foundation or an association set up at a notary. Some funds \
         support small groups without a legal form, such as Fonds 1818. Read each fund's \
         conditions.",
    ),
    citations: &[
        source("business.gov.nl"),
        source("aenotaris.nl"),
        source("fonds1818.nl, veelgestelde vragen bewonersinitiatieven"),
    ],
};

// ---------------------------------------------------------------------------------
// 2. Vereniging met beperkte rechtsbevoegdheid
// ---------------------------------------------------------------------------------

pub(crate) static VL_WHAT: Fact = Fact {
    id: FactId("vereniging_limited.what_it_is"),
    topic: Topic::WhatItIs,
    status: Mandatory,
    text: t(
        "Een vereniging zonder notaris: de statuten (de basisregels) staan niet in een akte \
         van de notaris. Alle wettelijke regels voor verenigingen gelden ook hier. Dit heet \
         ook een informele vereniging.",
        "An association without a notary: its statutes (basic rules) are not in a notarial \
         deed. All statutory rules for associations apply. It is also called an informal \
         association.",
    ),
    citations: &[bw2p("30", "lid 1"), bw2("26")],
};

pub(crate) static VL_LEGAL: Fact = Fact {
    id: FactId("vereniging_limited.legal_personality"),
    topic: Topic::LegalPersonality,
    status: Mandatory,
    text: t(
        "Ja, het is een rechtspersoon: de vereniging kan zelf contracten sluiten en geld \
         hebben. Maar de rechtsbevoegdheid is beperkt: ze kan geen registergoederen hebben \
         (zoals een gebouw of grond) en geen erfgenaam zijn. Een legaat (een bedrag of iets \
         anders uit een testament) mag wel.",
        "Yes, it is a legal entity: the association can sign contracts and hold money \
         itself. But its capacity is limited: it cannot own registered property (such as a \
         building or land) and cannot be an heir. A legacy (an amount or item left in a \
         will) is allowed.",
    ),
    citations: &[
        bw2("3"),
        bw2p("30", "lid 1"),
        source("KNBB helpdesk (legaten)"),
    ],
};

pub(crate) static VL_NOTARY: Fact = Fact {
    id: FactId("vereniging_limited.notary"),
    topic: Topic::Notary,
    status: Mandatory,
    text: t(
        "Geen notaris nodig. Schrijf de statuten wel op. Zonder geschreven statuten gelden \
         alleen de standaardregels uit de wet, en daar mag je dan niet van afwijken.",
        "No notary needed. Do write down the statutes. Without written statutes only the \
         standard rules of the law apply, and you cannot deviate from them.",
    ),
    citations: &[bw2p("30", "lid 1"), bw2("52")],
};

pub(crate) static VL_REGISTRATION: Fact = Fact {
    id: FactId("vereniging_limited.registration"),
    topic: Topic::Registration,
    status: Mandatory,
    text: t(
        "Inschrijven bij de KvK mag, maar hoeft niet. Het is wel verstandig: na de \
         inschrijving zijn bestuurders minder snel persoonlijk aansprakelijk.",
        "Registering at the KvK is allowed but not required. It is wise, though: after \
         registration board members are less easily personally liable.",
    ),
    citations: &[
        bw2p("30", "lid 3"),
        bw2p("30", "lid 4"),
        source("kvk.nl, Register a vereniging met beperkte rechtsbevoegdheid"),
    ],
};

pub(crate) static VL_BOARD_LIABILITY: Fact = Fact {
    id: FactId("vereniging_limited.board_liability"),
    topic: Topic::BoardLiability,
    status: Mandatory,
    text: t(
        "Bestuurders zijn naast de vereniging hoofdelijk aansprakelijk: ieder voor het hele \
         bedrag. Dat geldt voor schulden uit afspraken van de vereniging die betaald moeten \
         worden terwijl zij bestuurder zijn. Na inschrijving bij de KvK alleen als de \
         schuldeiser laat zien dat de vereniging niet betaalt.",
        "Board members are jointly and severally liable alongside the association: each \
         for the full amount. This applies to debts from the association's agreements that \
         fall due while they are on the board. After KvK registration, only if the creditor \
         shows that the association will not pay.",
    ),
    citations: &[bw2p("30", "lid 2"), bw2p("30", "lid 4")],
};

pub(crate) static VL_CHANGE: Fact = Fact {
    id: FactId("vereniging_limited.statute_change"),
    topic: Topic::StatuteChange,
    status: Default,
    text: t(
        "De ALV beslist met minstens 2/3 van de uitgebrachte stemmen, tenzij de statuten \
         iets anders zeggen. Zet in de uitnodiging dat er een statutenwijziging komt, \
         minstens 7 dagen van tevoren. Staan jullie statuten bij de KvK, leg de wijziging \
         daar dan ook neer.",
        "The general meeting decides with at least 2/3 of the votes cast, unless the \
         statutes say otherwise. Say in the invitation that a change of statutes is \
         proposed, at least 7 days ahead. If your statutes are filed at the KvK, file the \
         change there too.",
    ),
    citations: &[
        bw2p("42", "lid 1"),
        bw2p("43", "lid 1"),
        bw2p("43", "lid 5–6"),
    ],
};

pub(crate) static VL_FIT: Fact = Fact {
    id: FactId("vereniging_limited.fit"),
    topic: Topic::Fit,
    status: Convention,
    text: t(
        "Past bij een broodfonds, een kleine bewonersgroep, of een voedselcollectief zonder \
         eigen gebouw of grond.",
        "Fits a broodfonds, a small residents' group, or a food collective without its own \
         building or land.",
    ),
    citations: &[source("broodfondsbommelerwaard.com")],
};

pub(crate) static VL_BROODFONDS: Fact = Fact {
    id: FactId("vereniging_limited.broodfonds"),
    topic: Topic::MutualSupport,
    status: Convention,
    text: t(
        "Een broodfonds is meestal een informele vereniging, ingeschreven bij de KvK, met \
         statuten en een reglement. Het is geen verzekering: deelnemers sparen op hun eigen \
         rekening en geven een zieke deelnemer elke maand een schenking (een gift). Je \
         begint met minstens 20 en hebt hoogstens ongeveer 50 deelnemers.",
        "A broodfonds is usually an informal association registered at the KvK, with \
         statutes and internal rules. It is not insurance: participants save in their own \
         account and give a participant who is ill a monthly gift. You start with at least \
         20 and have at most about 50 participants.",
    ),
    citations: &[
        source("broodfondsbommelerwaard.com"),
        source("broodfonds.nl"),
        source("noaberfonds.nl"),
    ],
};

pub(crate) static VL_MERGER: Fact = Fact {
    id: FactId("vereniging_limited.merger"),
    topic: Topic::Merger,
    status: Mandatory,
    text: t(
        "Kan niet fuseren of splitsen. Wil je dat later wel, dan moeten de statuten eerst \
         in een akte van de notaris komen.",
        "Cannot merge or split. If you want to later, the statutes must first be put in a \
         notarial deed.",
    ),
    citations: &[bw2p("308", "lid 2"), bw2("28")],
};

pub(crate) static VL_ANBI: Fact = Fact {
    id: FactId("vereniging_limited.anbi"),
    topic: Topic::TaxStatus,
    status: Unverified,
    text: t(
        "Of een vereniging zonder notaris de ANBI-status kan krijgen, is niet nagegaan. \
         Vraag het na bij de Belastingdienst.",
        "Whether an association without a notary can get ANBI status was not checked. Ask \
         the Tax Administration (Belastingdienst).",
    ),
    citations: &[BESLUIT_ANBI],
};

pub(crate) static VL_COSTS: Fact = Fact {
    id: FactId("vereniging_limited.costs"),
    topic: Topic::Costs,
    status: Convention,
    text: t(
        "Geen notaris. Inschrijven bij de KvK kost eenmalig € 85,15 (prijs 2026).",
        "No notary. Registering at the KvK costs a one-off € 85.15 (2026 price).",
    ),
    citations: &[KVK_FEE],
};

// ---------------------------------------------------------------------------------
// 3. Vereniging met volledige rechtsbevoegdheid
// ---------------------------------------------------------------------------------

pub(crate) static VF_WHAT: Fact = Fact {
    id: FactId("vereniging_full.what_it_is"),
    topic: Topic::WhatItIs,
    status: Mandatory,
    text: t(
        "Een vereniging waarvan de statuten in een notariële akte staan: een officieel stuk \
         van de notaris. Dat kan bij de oprichting of later. Het doel mag bijna alles zijn, \
         behalve het doel van een coöperatie of een verzekeraar.",
        "An association whose statutes are in a notarial deed: an official document drawn \
         up by a notary. This can happen at founding or later. Its purpose can be almost \
         anything, except that of a cooperative or an insurer.",
    ),
    citations: &[bw2("27"), bw2("28"), bw2p("26", "lid 1")],
};

pub(crate) static VF_NOTARY: Fact = Fact {
    id: FactId("vereniging_full.notary"),
    topic: Topic::Notary,
    status: Mandatory,
    text: t(
        "Je hebt een notaris nodig. De akte is in het Nederlands (in Fryslân mag ook Fries). \
         De statuten regelen minstens: naam en vestigingsplaats, doel, plichten van leden, \
         hoe de ALV wordt bijeengeroepen, hoe bestuurders worden benoemd en ontslagen, waar \
         het geld heen gaat dat bij opheffing overblijft, en wie bestuurt als alle \
         bestuurders weg of verhinderd zijn (ontstentenis of belet).",
        "You need a notary. The deed is in Dutch (in Fryslân Frisian is also allowed). The \
         statutes must at least cover: name and seat, purpose, members' obligations, how \
         the general meeting is called, how board members are appointed and dismissed, \
         where money left over on dissolution goes, and who manages if all board members \
         are absent or unable to act (ontstentenis of belet).",
    ),
    citations: &[bw2("27"), bw2p("27", "lid 4"), bw2p("44", "lid 5")],
};

pub(crate) static VF_REGISTRATION: Fact = Fact {
    id: FactId("vereniging_full.registration"),
    topic: Topic::Registration,
    status: Mandatory,
    text: t(
        "Het bestuur moet de vereniging inschrijven in het Handelsregister van de KvK en de \
         akte daar neerleggen.",
        "The board must register the association in the KvK Business Register \
         (Handelsregister) and file the deed there.",
    ),
    citations: &[bw2p("29", "lid 1")],
};

pub(crate) static VF_BOARD_LIABILITY: Fact = Fact {
    id: FactId("vereniging_full.board_liability"),
    topic: Topic::BoardLiability,
    status: Mandatory,
    text: t(
        "Zolang de vereniging niet is ingeschreven, is elke bestuurder hoofdelijk \
         aansprakelijk voor afspraken die de vereniging binden. Daarna alleen bij een \
         ernstig verwijt (onbehoorlijk bestuur). Bij een faillissement kan een bestuurder \
         aansprakelijk zijn als de vereniging vennootschapsbelasting betaalt.",
        "Until the association is registered, every board member is jointly and severally \
         liable for agreements that bind it. After that, only when seriously to blame \
         (improper management). In a bankruptcy a board member can be liable if the \
         association pays corporate income tax.",
    ),
    citations: &[bw2p("29", "lid 2"), bw2("9"), bw2("50a")],
};

pub(crate) static VF_FIT: Fact = Fact {
    id: FactId("vereniging_full.fit"),
    topic: Topic::Fit,
    status: Convention,
    text: t(
        "Past bij een bewoners- of wijkvereniging, een zorgzaam dorp of een lokaal fonds \
         met leden. Een wooncoöperatie moet volgens de Woningwet deze vorm hebben.",
        "Fits a residents' or neighbourhood association, a caring village, or a community \
         fund with members. Under the Housing Act (Woningwet) a housing cooperative must \
         have this form.",
    ),
    citations: &[WONINGWET_18A, source("cooplink.nl/kennis")],
};

pub(crate) static VF_HOUSING: Fact = Fact {
    id: FactId("vereniging_full.housing"),
    topic: Topic::Housing,
    status: Mandatory,
    text: t(
        "De Woningwet noemt een wooncoöperatie een vereniging met volledige \
         rechtsbevoegdheid, waarmee leden zelf hun woningen en de directe omgeving beheren \
         en onderhouden. Alleen in die vorm gelden de rechten uit de Woningwet. Een \
         voorbeeld: melden toekomstige leden hun plan bij de woningcorporatie, dan mag die de \
         woningen 6 maanden niet aan anderen verkopen.",
        "The Housing Act (Woningwet) defines a housing cooperative as an association with \
         full legal capacity through which members manage and maintain their own homes and \
         surroundings. Only in that form do the rights under the Housing Act apply. For \
         example: once future members notify the housing corporation of their plan, it may \
         not sell the homes to others for 6 months.",
    ),
    citations: &[WONINGWET_18A, source("volkshuisvestingnederland.nl")],
};

pub(crate) static VF_COSTS: Fact = Fact {
    id: FactId("vereniging_full.costs"),
    topic: Topic::Costs,
    status: Convention,
    text: t(
        "Notaris: vanaf ongeveer € 350 (prijzen online, alleen een indicatie). KvK: \
         eenmalig € 85,15 (prijs 2026).",
        "Notary: from about € 350 (online prices, only an indication). KvK: a one-off \
         € 85.15 (2026 price).",
    ),
    citations: &[source("vandenotaris.nl, vereniging oprichten"), KVK_FEE],
};

// ---------------------------------------------------------------------------------
// 4. Coöperatie U.A. / B.A. / W.A.
// ---------------------------------------------------------------------------------

pub(crate) static COOP_WHAT: Fact = Fact {
    id: FactId("cooperative.what_it_is"),
    topic: Topic::WhatItIs,
    status: Mandatory,
    text: t(
        "Een vereniging die bij de notaris is opgericht als coöperatie. Ze voert een bedrijf \
         voor haar leden en sluit met hen overeenkomsten om te voorzien in wat ze nodig \
         hebben (de wet zegt: stoffelijke behoeften), zoals energie, zorg of voedsel. Zakendoen met niet-leden mag als de statuten dat \
         toestaan, zolang de leden de hoofdzaak blijven.",
        "An association founded at a notary as a cooperative. It runs a business for its \
         members and makes agreements with them to meet their material needs, such as \
         energy, care or food. Doing business with non-members is allowed if the statutes permit it, as \
         long as the members remain the main thing.",
    ),
    citations: &[bw2p("53", "lid 1"), bw2p("53", "lid 3–4")],
};

pub(crate) static COOP_NOTARY: Fact = Fact {
    id: FactId("cooperative.notary"),
    topic: Topic::Notary,
    status: Mandatory,
    text: t(
        "Altijd bij de notaris, met een notariële akte. De naam bevat het woord \
         'coöperatief' en eindigt op U.A., B.A. of W.A. De statuten regelen dezelfde punten \
         als bij een vereniging bij de notaris.",
        "Always at a notary, by notarial deed. The name contains the word 'coöperatief' and \
         ends in U.A., B.A. or W.A. The statutes cover the same points as for an \
         association set up at a notary.",
    ),
    citations: &[
        bw2p("54", "lid 1"),
        bw2p("54", "lid 2"),
        bw2p("56", "lid 1"),
        bw2("53a"),
    ],
};

pub(crate) static COOP_REGISTRATION: Fact = Fact {
    id: FactId("cooperative.registration"),
    topic: Topic::Registration,
    status: Mandatory,
    text: t(
        "Inschrijven in het Handelsregister van de KvK is verplicht. Meestal regelt de \
         notaris dat, samen met de inschrijving in het UBO-register (het register van \
         uiteindelijk belanghebbenden).",
        "Registration in the KvK Business Register is required. The notary usually \
         arranges it, together with registration in the UBO register (the register of \
         ultimate beneficial owners).",
    ),
    citations: &[
        bw2p("29", "lid 1"),
        source("kvk.nl, Registering a cooperative or mutual insurance society"),
    ],
};

pub(crate) static COOP_BOARD_LIABILITY: Fact = Fact {
    id: FactId("cooperative.board_liability"),
    topic: Topic::BoardLiability,
    status: Mandatory,
    text: t(
        "Zoals bij een vereniging: zolang de organisatie niet is ingeschreven, is elke \
         bestuurder hoofdelijk aansprakelijk voor afspraken die haar binden. Daarna alleen \
         bij een ernstig verwijt (onbehoorlijk bestuur).",
        "As in an association: until the organisation is registered, every board member is \
         jointly and severally liable for agreements that bind it. After that, only when \
         seriously to blame (improper management).",
    ),
    citations: &[bw2p("29", "lid 2"), bw2("9"), bw2("53a")],
};

pub(crate) static COOP_PROFIT: Fact = Fact {
    id: FactId("cooperative.profit"),
    topic: Topic::Profit,
    status: Default,
    text: t(
        "Winst uitkeren aan leden mag, maar hoeft niet. Het verbod dat voor verenigingen \
         geldt, geldt niet voor een coöperatie.",
        "Paying out profit to members is allowed, but not required. The ban that applies to \
         associations does not apply to a cooperative.",
    ),
    citations: &[bw2("53a"), bw2p("26", "lid 3")],
};

pub(crate) static UA_MEMBER_LIABILITY: Fact = Fact {
    id: FactId("cooperative_ua.member_liability"),
    topic: Topic::MemberLiability,
    status: Mandatory,
    text: t(
        "Leden zijn niet aansprakelijk. Normaal moeten leden bij opheffing een tekort \
         aanvullen, maar bij een U.A. sluiten de statuten dat uit (U.A.: uitsluiting van \
         aansprakelijkheid).",
        "Members are not liable. Normally members must make up a deficit on dissolution, \
         but in a U.A. the statutes exclude this (U.A.: exclusion of liability).",
    ),
    citations: &[bw2("55"), bw2p("56", "lid 1")],
};

pub(crate) static BA_MEMBER_LIABILITY: Fact = Fact {
    id: FactId("cooperative_ba.member_liability"),
    topic: Topic::MemberLiability,
    status: Mandatory,
    text: t(
        "Leden betalen bij opheffing mee aan een tekort, maar niet meer dan het bedrag dat \
         in de statuten staat (B.A.: beperkte aansprakelijkheid). Dat geldt ook voor wie \
         minder dan een jaar eerder opzegde. De coöperatie legt een ledenlijst neer bij de \
         KvK en werkt die elk jaar bij.",
        "On dissolution members contribute to a deficit, but no more than the amount set in \
         the statutes (B.A.: limited liability). This also applies to those who left less \
         than a year before. The cooperative files a member list at the KvK and updates it \
         every year.",
    ),
    citations: &[bw2("55"), bw2p("56", "lid 1"), bw2("61")],
};

pub(crate) static WA_MEMBER_LIABILITY: Fact = Fact {
    id: FactId("cooperative_wa.member_liability"),
    topic: Topic::MemberLiability,
    status: Mandatory,
    text: t(
        "Leden moeten bij opheffing samen een tekort aanvullen, in gelijke delen, tenzij de \
         statuten een andere verdeling geven (W.A.: wettelijke aansprakelijkheid). Dat \
         geldt ook voor wie minder dan een jaar eerder opzegde. De coöperatie legt een \
         ledenlijst neer bij de KvK en werkt die elk jaar bij.",
        "On dissolution members must together make up a deficit, in equal shares unless \
         the statutes set another split (W.A.: statutory liability). This also applies to \
         those who left less than a year before. The cooperative files a member list at \
         the KvK and updates it every year.",
    ),
    citations: &[bw2("55"), bw2("61")],
};

pub(crate) static UA_FIT: Fact = Fact {
    id: FactId("cooperative_ua.fit"),
    topic: Topic::Fit,
    status: Convention,
    text: t(
        "De gebruikelijke vorm voor energiecoöperaties (nodig voor de SCE-subsidie), \
         zorgcoöperaties, wijk- en dorpscoöperaties, Herenboeren, Land van Ons, \
         platformcoöperaties en coöperaties van zzp'ers. Meestal U.A., zodat leden geen \
         risico lopen.",
        "The usual form for energy cooperatives (required for the SCE subsidy), care \
         cooperatives, neighbourhood and village cooperatives, Herenboeren farms, Land van \
         Ons, platform cooperatives and cooperatives of self-employed people. Usually U.A., \
         so members run no risk.",
    ),
    citations: &[
        source("samen030.nl"),
        source("rvo.nl, voorwaarden energiecoöperaties SCE"),
        source("herenboeren.nl"),
        source("landvanons.nl"),
    ],
};

pub(crate) static LIABLE_COOP_FIT: Fact = Fact {
    id: FactId("cooperative_liable.fit"),
    topic: Topic::Fit,
    status: Convention,
    text: t(
        "Burgercollectieven kiezen bijna altijd een coöperatie U.A., zodat leden geen \
         risico lopen als er bij opheffing een tekort is.",
        "Citizen collectives nearly always choose a cooperative U.A., so that members run \
         no risk if there is a deficit on dissolution.",
    ),
    citations: &[source(
        "samen030.nl; statuten Dorpscoöperatie HollandscheveldVerbindt",
    )],
};

pub(crate) static COOP_SCE: Fact = Fact {
    id: FactId("cooperative.sce_subsidy"),
    topic: Topic::Funding,
    status: Mandatory,
    text: t(
        "De SCE-subsidie (Subsidieregeling Coöperatieve Energieopwekking) is voor een \
         energiecoöperatie of een VvE. Voorwaarden van RVO: alle leden mogen naar de ALV en \
         hebben een gelijke stem, hoogstens één lid per adres, en de ledenlijst wordt elk \
         jaar bijgewerkt. De subsidie loopt 15 jaar.",
        "The SCE subsidy (cooperative energy generation scheme) is for an energy \
         cooperative or a homeowners' association (VvE). RVO's conditions: all members may \
         attend the general meeting and have an equal vote, at most one member per \
         address, and the member list is updated every year. The subsidy runs for 15 \
         years.",
    ),
    citations: &[
        source("rvo.nl, voorwaarden energiecoöperaties SCE"),
        source("hier.nu"),
    ],
};

pub(crate) static COOP_HOUSING: Fact = Fact {
    id: FactId("cooperative.housing"),
    topic: Topic::Housing,
    status: Unverified,
    text: t(
        "Sommige wooncoöperaties zijn een coöperatie U.A. (zoals Mienskip Wûns). Maar de \
         Woningwet noemt alleen de vereniging met volledige rechtsbevoegdheid. Of een \
         coöperatie dezelfde rechten uit de Woningwet krijgt, is niet nagegaan.",
        "Some housing cooperatives are a cooperative U.A. (such as Mienskip Wûns). But the \
         Housing Act (Woningwet) only names the association with full legal capacity. \
         Whether a cooperative gets the same rights under the Housing Act was not checked.",
    ),
    citations: &[WONINGWET_18A, source("cooplink.nl/kennis")],
};

pub(crate) static COOP_ACCOUNTS: Fact = Fact {
    id: FactId("cooperative.annual_accounts"),
    topic: Topic::AnnualAccounts,
    status: Mandatory,
    text: t(
        "De coöperatie maakt binnen 6 maanden na het boekjaar een volledige jaarrekening. \
         Bij bijzondere omstandigheden kan de ALV die termijn met hoogstens 5 maanden \
         verlengen. De ALV stelt de jaarrekening vast.",
        "The cooperative draws up full annual accounts within 6 months after the financial \
         year. In special circumstances the general meeting can extend this by at most 5 \
         months. The general meeting adopts the accounts.",
    ),
    citations: &[bw2("58"), bw2p("360", "lid 1")],
};

pub(crate) static COOP_SUPERVISION: Fact = Fact {
    id: FactId("cooperative.supervisory_board"),
    topic: Topic::Oversight,
    status: Default,
    text: t(
        "Een raad van commissarissen (die toezicht houdt op het bestuur) kan, maar hoeft \
         niet.",
        "A supervisory board (which oversees the board) is possible, but not required.",
    ),
    citations: &[bw2("57")],
};

pub(crate) static COOP_COSTS: Fact = Fact {
    id: FactId("cooperative.costs"),
    topic: Topic::Costs,
    status: Convention,
    text: t(
        "Notaris: vanaf ongeveer € 500 (prijzen online, alleen een indicatie). KvK: \
         eenmalig € 85,15 (prijs 2026).",
        "Notary: from about € 500 (online prices, only an indication). KvK: a one-off \
         € 85.15 (2026 price).",
    ),
    citations: &[source("vandenotaris.nl, coöperatie oprichten"), KVK_FEE],
};

// ---------------------------------------------------------------------------------
// 5. Onderlinge waarborgmaatschappij (mentioned only)
// ---------------------------------------------------------------------------------

pub(crate) static OWM_WHAT: Fact = Fact {
    id: FactId("mutual_insurance.what_it_is"),
    topic: Topic::WhatItIs,
    status: Mandatory,
    text: t(
        "Een vereniging, opgericht bij de notaris, die verzekeringen sluit met haar leden. \
         Wie bij haar verzekerd is, is daardoor lid.",
        "An association founded at a notary that makes insurance contracts with its \
         members. Whoever is insured with it is a member by law.",
    ),
    citations: &[bw2p("53", "lid 2"), bw2p("62", "onder a")],
};

pub(crate) static OWM_NOTARY: Fact = Fact {
    id: FactId("mutual_insurance.notary"),
    topic: Topic::Notary,
    status: Mandatory,
    text: t(
        "Altijd bij de notaris, met een notariële akte.",
        "Always at a notary, by notarial deed.",
    ),
    citations: &[bw2p("53", "lid 2")],
};

pub(crate) static OWM_MEMBER_LIABILITY: Fact = Fact {
    id: FactId("mutual_insurance.member_liability"),
    topic: Topic::MemberLiability,
    status: Unverified,
    text: t(
        "Waarschijnlijk zoals bij een coöperatie: de statuten bepalen of leden bij \
         opheffing een tekort moeten aanvullen (W.A., B.A. of U.A.). Niet nagegaan voor \
         deze vorm.",
        "Probably as in a cooperative: the statutes decide whether members must make up a \
         deficit on dissolution (W.A., B.A. or U.A.). Not checked for this form.",
    ),
    citations: &[bw2("55"), bw2p("56", "lid 1")],
};

pub(crate) static OWM_PROFIT: Fact = Fact {
    id: FactId("mutual_insurance.profit"),
    topic: Topic::Profit,
    status: Unverified,
    text: t(
        "Waarschijnlijk zoals bij een coöperatie: het verbod op winst uitkeren geldt niet. \
         Niet nagegaan voor deze vorm.",
        "Probably as in a cooperative: the ban on paying out profit does not apply. Not \
         checked for this form.",
    ),
    citations: &[bw2("53a")],
};

pub(crate) static OWM_FIT: Fact = Fact {
    id: FactId("mutual_insurance.fit"),
    topic: Topic::Fit,
    status: Convention,
    text: t(
        "Niet bedoeld voor burgercollectieven: het is een verzekeraar. Een broodfonds is \
         geen verzekering en heeft deze vorm dus niet nodig: deelnemers geven elkaar \
         schenkingen.",
        "Not meant for citizen collectives: it is an insurer. A broodfonds is not insurance \
         and so does not need this form: participants give each other gifts.",
    ),
    citations: &[bw2p("53", "lid 2"), source("broodfonds.nl")],
};

pub(crate) static OWM_LICENCE: Fact = Fact {
    id: FactId("mutual_insurance.licence"),
    topic: Topic::Licence,
    status: Unverified,
    text: t(
        "Wie verzekeringen aanbiedt, heeft een vergunning nodig volgens de Wet op het \
         financieel toezicht (Wft).",
        "Offering insurance needs a licence under the Financial Supervision Act (Wft).",
    ),
    citations: &[Citation::Law {
        title: "Wet op het financieel toezicht (artikel niet nagegaan)",
        article: None,
    }],
};

// ---------------------------------------------------------------------------------
// 6. Stichting
// ---------------------------------------------------------------------------------

pub(crate) static STI_WHAT: Fact = Fact {
    id: FactId("stichting.what_it_is"),
    topic: Topic::WhatItIs,
    status: Mandatory,
    text: t(
        "Een rechtspersoon zonder leden. Een stichting gebruikt geld of bezit voor een doel \
         dat in de statuten staat. Wie bestuurders benoemt, wordt daardoor geen lid.",
        "A legal entity without members. A foundation uses money or property for a purpose \
         set in its statutes. Whoever appoints board members does not become a member by \
         doing so.",
    ),
    citations: &[bw2p("285", "lid 1"), bw2p("285", "lid 2")],
};

pub(crate) static STI_FINAL_SAY: Fact = Fact {
    id: FactId("stichting.final_say"),
    topic: Topic::FinalSay,
    status: Mandatory,
    text: t(
        "Het bestuur. Er is geen ledenvergadering. Een raad van toezicht (die het bestuur \
         controleert) kan, maar hoeft niet.",
        "The board. There is no members' meeting. A supervisory board (which oversees the \
         board) is possible, but not required.",
    ),
    citations: &[bw2p("285", "lid 1"), bw2("292a")],
};

pub(crate) static STI_NOTARY: Fact = Fact {
    id: FactId("stichting.notary"),
    topic: Topic::Notary,
    status: Mandatory,
    text: t(
        "Je hebt een notaris nodig (oprichten kan ook in een testament). De statuten \
         regelen minstens: een naam met het woord 'stichting', het doel, hoe bestuurders \
         worden benoemd en ontslagen, de vestigingsplaats, waar het geld heen gaat dat bij \
         opheffing overblijft, en wie bestuurt als alle bestuurders weg of verhinderd zijn \
         (ontstentenis of belet).",
        "You need a notary (founding by will is also possible). The statutes must at least \
         cover: a name with the word 'stichting', the purpose, how board members are \
         appointed and dismissed, the seat, where money left over on dissolution goes, and \
         who manages if all board members are absent or unable to act (ontstentenis of \
         belet).",
    ),
    citations: &[bw2p("286", "lid 1–2"), bw2p("286", "lid 4"), bw2("291")],
};

pub(crate) static STI_FOUNDERS: Fact = Fact {
    id: FactId("stichting.founders"),
    topic: Topic::Founders,
    status: Mandatory,
    text: t(
        "Eén oprichter is genoeg. Eén persoon mag ook het hele bestuur zijn.",
        "One founder is enough. One person may also be the whole board.",
    ),
    citations: &[
        bw2p("286", "lid 1"),
        source("kvk.nl, Alles over het starten van een stichting"),
    ],
};

pub(crate) static STI_REGISTRATION: Fact = Fact {
    id: FactId("stichting.registration"),
    topic: Topic::Registration,
    status: Mandatory,
    text: t(
        "Het bestuur moet de stichting inschrijven in het Handelsregister van de KvK.",
        "The board must register the foundation in the KvK Business Register.",
    ),
    citations: &[bw2p("289", "lid 1")],
};

pub(crate) static STI_BOARD_LIABILITY: Fact = Fact {
    id: FactId("stichting.board_liability"),
    topic: Topic::BoardLiability,
    status: Mandatory,
    text: t(
        "Zolang de stichting niet is ingeschreven, is elke bestuurder hoofdelijk \
         aansprakelijk voor afspraken die de stichting binden. Daarna alleen bij een \
         ernstig verwijt (onbehoorlijk bestuur). Bij een faillissement kan een bestuurder \
         aansprakelijk zijn als de stichting vennootschapsbelasting betaalt.",
        "Until the foundation is registered, every board member is jointly and severally \
         liable for agreements that bind it. After that, only when seriously to blame \
         (improper management). In a bankruptcy a board member can be liable if the \
         foundation pays corporate income tax.",
    ),
    citations: &[bw2p("289", "lid 2"), bw2("9"), bw2("300a")],
};

pub(crate) static STI_MEMBER_LIABILITY: Fact = Fact {
    id: FactId("stichting.member_liability"),
    topic: Topic::MemberLiability,
    status: Mandatory,
    text: t(
        "Een stichting heeft geen leden. Er is dus niemand die als lid aansprakelijk is.",
        "A foundation has no members, so nobody is liable as a member.",
    ),
    citations: &[bw2p("285", "lid 1")],
};

pub(crate) static STI_PROFIT: Fact = Fact {
    id: FactId("stichting.profit"),
    topic: Topic::Profit,
    status: Mandatory,
    text: t(
        "Geld uitkeren aan oprichters, bestuurders of leden van een ander orgaan (zoals een \
         raad van toezicht) mag niet. Aan anderen alleen als de uitkering een ideëel of \
         sociaal doel heeft, zoals een bijdrage aan een bewonersproject.",
        "Paying out money to founders, board members or members of another body (such as a \
         supervisory board) is not allowed. Paying others is only allowed for an idealistic \
         or social purpose, such as a grant to a residents' project.",
    ),
    citations: &[bw2p("285", "lid 3")],
};

pub(crate) static STI_VOTING: Fact = Fact {
    id: FactId("stichting.voting"),
    topic: Topic::Voting,
    status: Mandatory,
    text: t(
        "Alleen het bestuur stemt. Bewoners of donateurs kunnen meepraten in een \
         adviesraad, maar dat is alleen advies, tenzij de statuten die raad een echte \
         bevoegdheid geven. Leden kan een stichting niet hebben.",
        "Only the board votes. Residents or donors can have a say in an advisory council, \
         but that is only advice, unless the statutes give the council a real power. A \
         foundation cannot have members.",
    ),
    citations: &[bw2p("285", "lid 1"), bw2("291")],
};

pub(crate) static STI_MAJORITY: Fact = Fact {
    id: FactId("stichting.ordinary_majority"),
    topic: Topic::OrdinaryMajority,
    status: Convention,
    text: t(
        "De wet zegt niet hoe het bestuur stemt. Leg het vast in de statuten. Gebruikelijk \
         is: meer dan de helft van de uitgebrachte stemmen.",
        "The law does not say how the board votes. Set it in the statutes. The usual rule: \
         more than half of the votes cast.",
    ),
    citations: &[bw2("291"), MODEL_STATUTES],
};

pub(crate) static STI_CHANGE: Fact = Fact {
    id: FactId("stichting.statute_change"),
    topic: Topic::StatuteChange,
    status: Mandatory,
    text: t(
        "Alleen als de statuten dat toestaan, door wie de statuten noemen, en altijd met een \
         notariële akte. Staat er niets in de statuten, dan kan alleen de rechter ze \
         wijzigen.",
        "Only if the statutes allow it, by whoever they name, and always by notarial deed. \
         If the statutes say nothing, only a court can change them.",
    ),
    citations: &[bw2("293"), bw2("294")],
};

pub(crate) static STI_FIT: Fact = Fact {
    id: FactId("stichting.fit"),
    topic: Topic::Fit,
    status: Convention,
    text: t(
        "Past bij een lokaal fonds, een wijkbedrijf dat op subsidie draait, of om een \
         gebouw of grond vast te houden voor een collectief. Past minder als bewoners de \
         baas moeten zijn: zij kunnen het bestuur niet wegstemmen.",
        "Fits a community fund, a neighbourhood enterprise that runs on grants, or holding \
         a building or land for a collective. Fits less if residents must be in charge: \
         they cannot vote the board out.",
    ),
    citations: &[source("lokalefondsen.nl, veelgestelde vragen")],
};

pub(crate) static STI_COURT: Fact = Fact {
    id: FactId("stichting.court"),
    topic: Topic::Oversight,
    status: Mandatory,
    text: t(
        "De rechter houdt toezicht. Die kan bestuurders ontslaan, lege plekken in het \
         bestuur vullen en de stichting ontbinden.",
        "The court supervises. It can dismiss board members, fill empty seats on the board \
         and dissolve the foundation.",
    ),
    citations: &[bw2("298"), bw2("299"), bw2("301")],
};

pub(crate) static STI_COSTS: Fact = Fact {
    id: FactId("stichting.costs"),
    topic: Topic::Costs,
    status: Unverified,
    text: t(
        "Notariskosten: niet nagegaan. KvK: eenmalig € 85,15 (prijs 2026).",
        "Notary costs: not checked. KvK: a one-off € 85.15 (2026 price).",
    ),
    citations: &[KVK_FEE],
};

// ---------------------------------------------------------------------------------
// 7. B.V.
// ---------------------------------------------------------------------------------

pub(crate) static BV_WHAT: Fact = Fact {
    id: FactId("bv.what_it_is"),
    topic: Topic::WhatItIs,
    status: Unverified,
    text: t(
        "Een vennootschap met aandelen, gemaakt voor bedrijven. Wie aandelen heeft, beslist \
         mee naar het aantal aandelen.",
        "A company with shares, made for businesses. Shareholders have a say according to \
         the number of shares they hold.",
    ),
    citations: &[bw2("175")],
};

pub(crate) static BV_FINAL_SAY: Fact = Fact {
    id: FactId("bv.final_say"),
    topic: Topic::FinalSay,
    status: Default,
    text: t(
        "De aandeelhouders, samen in de algemene vergadering. Hoeveel je te zeggen hebt, \
         hangt af van hoeveel aandelen je hebt.",
        "The shareholders, together in the general meeting. How much say you have depends \
         on how many shares you hold.",
    ),
    citations: &[bw2p("228", "lid 2")],
};

pub(crate) static BV_NOTARY: Fact = Fact {
    id: FactId("bv.notary"),
    topic: Topic::Notary,
    status: Unverified,
    text: t("Je hebt een notaris nodig.", "You need a notary."),
    citations: &[bw2("175")],
};

pub(crate) static BV_FOUNDERS: Fact = Fact {
    id: FactId("bv.founders"),
    topic: Topic::Founders,
    status: Unverified,
    text: t("Eén oprichter is genoeg.", "One founder is enough."),
    citations: &[bw2("175")],
};

pub(crate) static BV_REGISTRATION: Fact = Fact {
    id: FactId("bv.registration"),
    topic: Topic::Registration,
    status: Unverified,
    text: t(
        "Inschrijven in het Handelsregister van de KvK is verplicht.",
        "Registration in the KvK Business Register is required.",
    ),
    citations: &[HANDELSREGISTERWET],
};

pub(crate) static BV_BOARD_LIABILITY: Fact = Fact {
    id: FactId("bv.board_liability"),
    topic: Topic::BoardLiability,
    status: Mandatory,
    text: t(
        "Bestuurders zijn aansprakelijk bij een ernstig verwijt (onbehoorlijk bestuur).",
        "Board members are liable when seriously to blame (improper management).",
    ),
    citations: &[bw2("9")],
};

pub(crate) static BV_MEMBER_LIABILITY: Fact = Fact {
    id: FactId("bv.member_liability"),
    topic: Topic::MemberLiability,
    status: Unverified,
    text: t(
        "Aandeelhouders zijn niet persoonlijk aansprakelijk voor schulden van de BV.",
        "Shareholders are not personally liable for the company's debts.",
    ),
    citations: &[bw2("175")],
};

pub(crate) static BV_PROFIT: Fact = Fact {
    id: FactId("bv.profit"),
    topic: Topic::Profit,
    status: Mandatory,
    text: t(
        "Uitkeren aan aandeelhouders mag. Het bestuur moet de uitkering goedkeuren, en mag \
         dat alleen als de BV daarna haar schulden kan blijven betalen.",
        "Paying out to shareholders is allowed. The board must approve the payout, and may \
         only do so if the company can keep paying its debts afterwards.",
    ),
    citations: &[bw2("216")],
};

pub(crate) static BV_VOTING: Fact = Fact {
    id: FactId("bv.voting"),
    topic: Topic::Voting,
    status: Default,
    text: t(
        "Je stemt met je aandelen: één aandeel is één stem, tenzij de statuten iets anders \
         zeggen. Wie meer aandelen heeft, heeft meer te zeggen.",
        "You vote with your shares: one share is one vote, unless the statutes say \
         otherwise. Whoever holds more shares has more say.",
    ),
    citations: &[bw2p("228", "lid 2")],
};

pub(crate) static BV_MAJORITY: Fact = Fact {
    id: FactId("bv.ordinary_majority"),
    topic: Topic::OrdinaryMajority,
    status: Default,
    text: t(
        "Meer dan de helft van de uitgebrachte stemmen (volstrekte meerderheid), tenzij de \
         statuten iets anders zeggen. Staken de stemmen (evenveel voor als tegen), dan is \
         het voorstel verworpen.",
        "More than half of the votes cast (absolute majority), unless the statutes say \
         otherwise. On a tie the proposal is rejected.",
    ),
    citations: &[bw2p("230", "lid 1")],
};

pub(crate) static BV_CHANGE: Fact = Fact {
    id: FactId("bv.statute_change"),
    topic: Topic::StatuteChange,
    status: Unverified,
    text: t(
        "De algemene vergadering van aandeelhouders wijzigt de statuten, met een notariële \
         akte.",
        "The shareholders' general meeting changes the statutes, by notarial deed.",
    ),
    citations: &[bw2("231"), bw2("234")],
};

pub(crate) static BV_FIT: Fact = Fact {
    id: FactId("bv.fit"),
    topic: Topic::Fit,
    status: Convention,
    text: t(
        "Past zelden bij een burgercollectief: de aandelen beslissen, niet de mensen. Wel \
         bruikbaar voor een commercieel onderdeel, zoals een projectbedrijf dat eigendom is \
         van een energiecoöperatie.",
        "Rarely fits a citizen collective: shares decide, not people. Useful for a \
         commercial part, such as a project company owned by an energy cooperative.",
    ),
    citations: &[bw2p("228", "lid 2")],
};

pub(crate) static BV_BVM: Fact = Fact {
    id: FactId("bv.social_enterprise_bill"),
    topic: Topic::Proposal,
    status: NotLaw,
    text: t(
        "De 'BV met maatschappelijk doel' (BVm) bestaat niet. Er was alleen een eerste \
         ontwerp (consultatie in 2021). In maart 2024 zei de minister dat een wetsvoorstel \
         lang gaat duren, 'als het er al komt'.",
        "The 'B.V. with a social purpose' (BVm) does not exist. There was only a first \
         draft (consultation in 2021). In March 2024 the minister said a bill would take a \
         long time, 'if it comes at all'.",
    ),
    citations: &[
        source("internetconsultatie BVm, 3 maart – 7 mei 2021"),
        source("accountancyvanmorgen.nl, 4 maart 2024"),
    ],
};

// ---------------------------------------------------------------------------------
// Profiles
// ---------------------------------------------------------------------------------

static GROUP: Profile = Profile {
    form: LegalForm::InformalGroup,
    name: t(
        "Informele groep (geen rechtspersoon)",
        "Informal group (no legal entity)",
    ),
    law_term: "maatschap (of geen rechtsvorm)",
    what_it_is: &GROUP_WHAT,
    legal_personality: &GROUP_LEGAL,
    final_say: &GROUP_FINAL_SAY,
    notary: &GROUP_NOTARY,
    founders: &GROUP_FOUNDERS,
    registration: &GROUP_REGISTRATION,
    board_liability: &GROUP_BOARD_LIABILITY,
    member_liability: &GROUP_MEMBER_LIABILITY,
    profit: &GROUP_PROFIT,
    voting: &GROUP_VOTING,
    ordinary_majority: &GROUP_MAJORITY,
    statute_change: &GROUP_CHANGE,
    fit: &GROUP_FIT,
    more: &[&GROUP_TRAP, &FUNDING, &GROUP_BILL],
};

static VERENIGING_LIMITED: Profile = Profile {
    form: LegalForm::VerenigingLimited,
    name: t(
        "Informele vereniging (zonder notaris)",
        "Informal association (without a notary)",
    ),
    law_term: "vereniging met beperkte rechtsbevoegdheid",
    what_it_is: &VL_WHAT,
    legal_personality: &VL_LEGAL,
    final_say: &VER_FINAL_SAY,
    notary: &VL_NOTARY,
    founders: &VER_FOUNDERS,
    registration: &VL_REGISTRATION,
    board_liability: &VL_BOARD_LIABILITY,
    member_liability: &VER_MEMBER_LIABILITY,
    profit: &VER_PROFIT,
    voting: &VER_VOTING,
    ordinary_majority: &VER_MAJORITY,
    statute_change: &VL_CHANGE,
    fit: &VL_FIT,
    more: &[
        &VER_PURPOSE,
        &VL_BROODFONDS,
        &VER_BOARD,
        &VER_ANNUAL,
        &VER_MEETING,
        &VL_MERGER,
        &VL_ANBI,
        &FUNDING,
        &VL_COSTS,
        &VER_DIGITAL_BILL,
    ],
};

static VERENIGING_FULL: Profile = Profile {
    form: LegalForm::VerenigingFull,
    name: t(
        "Formele vereniging (bij de notaris)",
        "Formal association (set up at a notary)",
    ),
    law_term: "vereniging met volledige rechtsbevoegdheid",
    what_it_is: &VF_WHAT,
    legal_personality: &FULL_CAPACITY,
    final_say: &VER_FINAL_SAY,
    notary: &VF_NOTARY,
    founders: &VER_FOUNDERS,
    registration: &VF_REGISTRATION,
    board_liability: &VF_BOARD_LIABILITY,
    member_liability: &VER_MEMBER_LIABILITY,
    profit: &VER_PROFIT,
    voting: &VER_VOTING,
    ordinary_majority: &VER_MAJORITY,
    statute_change: &NOTARIAL_CHANGE,
    fit: &VF_FIT,
    more: &[
        &VER_PURPOSE,
        &VF_HOUSING,
        &VER_BOARD,
        &VER_ANNUAL,
        &VER_MEETING,
        &ANBI_POSSIBLE,
        &FUNDING,
        &VF_COSTS,
        &VER_DIGITAL_BILL,
    ],
};

/// The extra facts every coöperatie has.
const COOP_MORE: &[&Fact] = &[
    &COOP_SCE,
    &COOP_HOUSING,
    &VER_BOARD,
    &COOP_ACCOUNTS,
    &COOP_SUPERVISION,
    &VER_MEETING,
    &ANBI_EXCLUDED,
    &FUNDING,
    &COOP_COSTS,
    &VER_DIGITAL_BILL,
];

static COOPERATIVE_UA: Profile = Profile {
    form: LegalForm::CooperativeUa,
    name: t("Coöperatie U.A.", "Cooperative U.A."),
    law_term: "coöperatie met uitsluiting van aansprakelijkheid",
    what_it_is: &COOP_WHAT,
    legal_personality: &FULL_CAPACITY,
    final_say: &VER_FINAL_SAY,
    notary: &COOP_NOTARY,
    founders: &VER_FOUNDERS,
    registration: &COOP_REGISTRATION,
    board_liability: &COOP_BOARD_LIABILITY,
    member_liability: &UA_MEMBER_LIABILITY,
    profit: &COOP_PROFIT,
    voting: &VER_VOTING,
    ordinary_majority: &VER_MAJORITY,
    statute_change: &NOTARIAL_CHANGE,
    fit: &UA_FIT,
    more: COOP_MORE,
};

static COOPERATIVE_BA: Profile = Profile {
    form: LegalForm::CooperativeBa,
    name: t("Coöperatie B.A.", "Cooperative B.A."),
    law_term: "coöperatie met beperkte aansprakelijkheid",
    member_liability: &BA_MEMBER_LIABILITY,
    fit: &LIABLE_COOP_FIT,
    ..COOPERATIVE_UA
};

static COOPERATIVE_WA: Profile = Profile {
    form: LegalForm::CooperativeWa,
    name: t("Coöperatie W.A.", "Cooperative W.A."),
    law_term: "coöperatie met wettelijke aansprakelijkheid",
    member_liability: &WA_MEMBER_LIABILITY,
    fit: &LIABLE_COOP_FIT,
    ..COOPERATIVE_UA
};

static STICHTING: Profile = Profile {
    form: LegalForm::Stichting,
    name: t("Stichting", "Foundation (stichting)"),
    law_term: "stichting",
    what_it_is: &STI_WHAT,
    legal_personality: &FULL_CAPACITY,
    final_say: &STI_FINAL_SAY,
    notary: &STI_NOTARY,
    founders: &STI_FOUNDERS,
    registration: &STI_REGISTRATION,
    board_liability: &STI_BOARD_LIABILITY,
    member_liability: &STI_MEMBER_LIABILITY,
    profit: &STI_PROFIT,
    voting: &STI_VOTING,
    ordinary_majority: &STI_MAJORITY,
    statute_change: &STI_CHANGE,
    fit: &STI_FIT,
    more: &[&ANBI_POSSIBLE, &FUNDING, &STI_COURT, &STI_COSTS],
};

static BV: Profile = Profile {
    form: LegalForm::Bv,
    name: t("B.V.", "Private limited company (B.V.)"),
    law_term: "besloten vennootschap met beperkte aansprakelijkheid",
    what_it_is: &BV_WHAT,
    legal_personality: &FULL_CAPACITY,
    final_say: &BV_FINAL_SAY,
    notary: &BV_NOTARY,
    founders: &BV_FOUNDERS,
    registration: &BV_REGISTRATION,
    board_liability: &BV_BOARD_LIABILITY,
    member_liability: &BV_MEMBER_LIABILITY,
    profit: &BV_PROFIT,
    voting: &BV_VOTING,
    ordinary_majority: &BV_MAJORITY,
    statute_change: &BV_CHANGE,
    fit: &BV_FIT,
    more: &[&ANBI_EXCLUDED, &FUNDING, &BV_BVM],
};

static MUTUAL_INSURANCE: Profile = Profile {
    form: LegalForm::MutualInsurance,
    name: t(
        "Onderlinge waarborgmaatschappij",
        "Mutual insurance society",
    ),
    law_term: "onderlinge waarborgmaatschappij",
    what_it_is: &OWM_WHAT,
    legal_personality: &FULL_CAPACITY,
    final_say: &VER_FINAL_SAY,
    notary: &OWM_NOTARY,
    founders: &VER_FOUNDERS,
    registration: &COOP_REGISTRATION,
    board_liability: &COOP_BOARD_LIABILITY,
    member_liability: &OWM_MEMBER_LIABILITY,
    profit: &OWM_PROFIT,
    voting: &VER_VOTING,
    ordinary_majority: &VER_MAJORITY,
    statute_change: &NOTARIAL_CHANGE,
    fit: &OWM_FIT,
    more: &[&OWM_LICENCE, &VER_MEETING, &VER_DIGITAL_BILL],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_has_a_citation_and_text_in_both_languages() {
        for f in all_facts() {
            assert!(!f.citations.is_empty(), "{:?} has no citation", f.id);
            assert!(!f.text.nl.trim().is_empty(), "{:?} has no Dutch", f.id);
            assert!(!f.text.en.trim().is_empty(), "{:?} has no English", f.id);
            assert_ne!(f.text.nl, f.text.en, "{:?} is not translated", f.id);
            for c in f.citations {
                assert!(
                    !c.label().trim().is_empty(),
                    "{:?} has an empty citation",
                    f.id
                );
            }
        }
    }

    #[test]
    fn every_form_has_every_common_field_with_the_right_topic() {
        for form in LegalForm::ALL {
            let p = profile(form);
            assert_eq!(p.form, form);
            for (topic, fact) in Topic::COMMON.iter().zip(p.common()) {
                assert_eq!(fact.topic, *topic, "{form:?}: {:?}", fact.id);
            }
            for fact in p.more {
                assert!(
                    !Topic::COMMON.contains(&fact.topic),
                    "{form:?}: extra fact {:?} repeats a common field",
                    fact.id
                );
            }
        }
    }

    #[test]
    fn ids_are_well_formed_and_name_one_fact_each() {
        let all = all_facts();
        for f in &all {
            let (group, topic) = f.id.0.split_once('.').expect("group.topic");
            let ok =
                |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
            assert!(ok(group) && ok(topic), "malformed id {:?}", f.id);
            // Every occurrence of an id is the same row.
            for form in LegalForm::ALL {
                for other in profile(form).facts() {
                    if other.id == f.id {
                        assert!(std::ptr::eq(other, *f), "{:?} names two rows", f.id);
                    }
                }
            }
            assert!(std::ptr::eq(fact(f.id.0).unwrap(), *f));
        }
        assert_eq!(fact("no.such_fact"), None);
    }

    #[test]
    fn a_form_specific_id_belongs_to_that_form_only() {
        for f in all_facts() {
            let group = f.id.0.split_once('.').unwrap().0;
            if let Some(form) = LegalForm::from_id(group) {
                assert_eq!(forms_of(f), [form], "{:?}", f.id);
            }
        }
    }

    #[test]
    fn no_profile_lists_a_fact_twice() {
        for form in LegalForm::ALL {
            let ids: Vec<_> = profile(form).facts().map(|f| f.id).collect();
            let mut unique = ids.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(ids.len(), unique.len(), "{form:?}");
        }
    }

    #[test]
    fn proposals_are_marked_not_law_and_only_they_are() {
        for f in all_facts() {
            assert_eq!(
                f.topic == Topic::Proposal,
                f.status == Status::NotLaw,
                "{:?}",
                f.id
            );
        }
        for id in [
            "bv.social_enterprise_bill",
            "vereniging.digital_meeting_bill",
        ] {
            assert_eq!(fact(id).unwrap().status, Status::NotLaw);
        }
    }

    #[test]
    fn the_bandidos_trap_cites_the_hoge_raad() {
        let trap = fact("informal_group.organised_group").unwrap();
        assert!(trap
            .citations
            .iter()
            .any(|c| c.label().contains("ECLI:NL:HR:2020:797")));
    }

    #[test]
    fn bw_citations_make_valid_links() {
        for f in all_facts() {
            for c in f.citations {
                if let Citation::Bw { article, .. } = c {
                    assert!(
                        article.bytes().all(|b| b.is_ascii_alphanumeric()),
                        "{:?}: article {article:?}",
                        f.id
                    );
                    assert!(c
                        .url()
                        .unwrap()
                        .starts_with("https://wetten.overheid.nl/jci1.3:c:BWBR"));
                }
            }
        }
    }

    #[test]
    fn dutch_text_uses_je_not_u() {
        for f in all_facts() {
            let words: Vec<&str> = f.text.nl.split(|c: char| !c.is_alphanumeric()).collect();
            // "U" alone is the U of U.A., so only lowercase and "Uw" are checked.
            for formal in ["u", "uw", "Uw"] {
                assert!(!words.contains(&formal), "{:?} uses '{formal}'", f.id);
            }
        }
    }
}
