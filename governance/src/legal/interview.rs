//! The interview: twelve questions founders answer to find a legal form.
//!
//! Every question has a *why we ask* text and a *not sure* answer. [`Answers`] holds
//! one `Option` per question: `None` means "not answered yet" and counts as not sure,
//! so the UI can recompute the recommendation after every change.

use super::Text;
use serde::{Deserialize, Serialize};

/// A question of the interview, in interview order ([`Question::ALL`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    /// What kind of collective (`collective-types-nl.md`).
    Kind,
    /// Who has the final say: members, a board, or informal agreement.
    Control,
    /// Will it run a business supplying members (the coöperatie purpose, BW 2:53)?
    MemberSupply,
    /// Should profit be paid out to members?
    Profit,
    /// The most it will do with money and agreements: contracts, employees.
    Commitments,
    /// Will it own a building or land, or inherit?
    Property,
    /// How many people take part at the start.
    People,
    /// May anyone be personally liable?
    Liability,
    /// Does it want ANBI status (gifts with a tax benefit)?
    Anbi,
    /// Will it apply for subsidies or grants from funds?
    Subsidies,
    /// Will members support each other from a shared pool, like a broodfonds?
    MutualPool,
    /// Start without a notary, quickly and cheaply?
    Formalities,
}

impl Question {
    /// All questions, in the order the interview asks them.
    pub const ALL: [Question; 12] = [
        Question::Kind,
        Question::Control,
        Question::MemberSupply,
        Question::Profit,
        Question::Commitments,
        Question::Property,
        Question::People,
        Question::Liability,
        Question::Anbi,
        Question::Subsidies,
        Question::MutualPool,
        Question::Formalities,
    ];

    /// The question as asked.
    pub fn text(self) -> Text {
        let (nl, en) = match self {
            Question::Kind => (
                "Wat voor collectief willen jullie starten?",
                "What kind of collective are you starting?",
            ),
            Question::Control => ("Wie heeft het laatste woord?", "Who has the final say?"),
            Question::MemberSupply => (
                "Gaan jullie een bedrijf voeren dat de leden iets levert, zoals energie, zorg, \
                 voedsel of werk?",
                "Will you run a business that supplies your members with something, such as \
                 energy, care, food or work?",
            ),
            Question::Profit => (
                "Willen jullie winst uitkeren aan de leden?",
                "Do you want to pay out profit to the members?",
            ),
            Question::Commitments => (
                "Wat is het meeste dat jullie gaan doen met geld en afspraken?",
                "What is the most you will do with money and agreements?",
            ),
            Question::Property => (
                "Willen jullie een gebouw of grond bezitten, of een erfenis kunnen krijgen?",
                "Do you want to own a building or land, or be able to receive an inheritance?",
            ),
            Question::People => (
                "Met hoeveel mensen beginnen jullie?",
                "How many people are starting it?",
            ),
            Question::Liability => (
                "Mag iemand van jullie persoonlijk moeten betalen als het collectief een \
                 schuld niet kan betalen?",
                "Is it acceptable that one of you may have to pay personally if the \
                 collective cannot pay a debt?",
            ),
            Question::Anbi => (
                "Willen jullie giften ontvangen waarvoor de gever belastingvoordeel krijgt \
                 (ANBI-status)?",
                "Do you want to receive gifts that give the donor a tax benefit (ANBI \
                 status)?",
            ),
            Question::Subsidies => (
                "Willen jullie subsidie of geld van fondsen aanvragen?",
                "Do you want to apply for subsidies or grants from funds?",
            ),
            Question::MutualPool => (
                "Willen jullie elkaar met geld steunen uit een gezamenlijke pot, zoals een \
                 broodfonds?",
                "Will you support each other with money from a shared pool, like a \
                 broodfonds?",
            ),
            Question::Formalities => (
                "Willen jullie snel en goedkoop beginnen, zonder notaris?",
                "Do you want to start quickly and cheaply, without a notary?",
            ),
        };
        Text { nl, en }
    }

    /// Why we ask: what the answer changes.
    pub fn why(self) -> Text {
        let (nl, en) = match self {
            Question::Kind => (
                "Veel soorten collectieven hebben een gebruikelijke rechtsvorm. Soms eist \
                 een wet of subsidie zelfs een vorm, zoals bij een wooncoöperatie of de \
                 SCE-subsidie voor energie.",
                "Many kinds of collective have a usual legal form. Sometimes a law or a \
                 subsidy even requires one, as for a housing cooperative or the SCE energy \
                 subsidy.",
            ),
            Question::Control => (
                "In een vereniging of coöperatie beslissen de leden samen. Een stichting \
                 heeft geen leden: daar beslist het bestuur. Dat kun je later moeilijk \
                 veranderen.",
                "In an association or cooperative the members decide together. A foundation \
                 has no members: its board decides. That is hard to change later.",
            ),
            Question::MemberSupply => (
                "Daar is een coöperatie precies voor. Een vereniging mag dat doel juist niet \
                 hebben.",
                "That is exactly what a cooperative is for. An association may not have that \
                 purpose.",
            ),
            Question::Profit => (
                "Een vereniging en een stichting mogen geen winst uitkeren aan leden of \
                 bestuurders. Een coöperatie mag dat wel.",
                "An association and a foundation may not pay out profit to members or board \
                 members. A cooperative may.",
            ),
            Question::Commitments => (
                "Wie voor een groep zonder rechtspersoon een contract tekent, is daar zelf \
                 aan gebonden. Hoe meer geld en afspraken, hoe belangrijker een rechtspersoon \
                 wordt.",
                "Whoever signs a contract for a group without a legal entity is personally \
                 bound by it. The more money and agreements, the more a legal entity \
                 matters.",
            ),
            Question::Property => (
                "Een vereniging zonder notaris kan geen gebouw of grond bezitten en niet \
                 erven. Een groep zonder rechtsvorm kan zelf niets bezitten.",
                "An association without a notary cannot own a building or land and cannot \
                 inherit. A group without a legal form cannot own anything itself.",
            ),
            Question::People => (
                "Een vereniging of coöperatie richt je op met minstens 2 mensen. Een \
                 stichting kan één persoon oprichten.",
                "An association or cooperative needs at least 2 founders. One person can \
                 found a foundation.",
            ),
            Question::Liability => (
                "Bij sommige vormen zijn bestuurders of leden aansprakelijk: dan betalen ze \
                 een schuld van het collectief met hun eigen geld.",
                "In some forms board members or members are liable: they then pay a debt of \
                 the collective from their own money.",
            ),
            Question::Anbi => (
                "Een ANBI (algemeen nut beogende instelling) dient vooral het algemeen \
                 belang. Alleen een stichting of vereniging kan ANBI worden, een coöperatie \
                 of BV niet.",
                "An ANBI (public-benefit institution) mainly serves the general interest. \
                 Only a foundation or association can become one, not a cooperative or a \
                 B.V.",
            ),
            Question::Subsidies => (
                "Veel fondsen en gemeenten geven alleen geld aan een stichting of een \
                 vereniging bij de notaris. Sommige fondsen steunen juist kleine groepen \
                 zonder rechtsvorm.",
                "Many funds and municipalities only give money to a foundation or an \
                 association set up at a notary. Some funds support small groups without a \
                 legal form.",
            ),
            Question::MutualPool => (
                "Een broodfonds (zzp'ers die elkaar steunen bij ziekte) is meestal een \
                 informele vereniging. Het is geen verzekering: deelnemers geven elkaar \
                 giften. Een echte verzekering mag je alleen met een vergunning aanbieden.",
                "A broodfonds (self-employed people supporting each other when ill) is \
                 usually an informal association. It is not insurance: participants give \
                 each other gifts. Real insurance needs a licence.",
            ),
            Question::Formalities => (
                "Een stichting, een coöperatie en een formele vereniging (met volledige \
                 rechtsbevoegdheid) richt je op bij de notaris. Dat kost tijd en geld, vaak \
                 een paar honderd euro.",
                "A foundation, a cooperative and a formal association (with full legal \
                 capacity) are founded at a notary. That takes time and money, often a few hundred \
                 euros.",
            ),
        };
        Text { nl, en }
    }

    /// The answers offered, in display order; the last one is always "not sure".
    pub fn options(self) -> &'static [Answer] {
        use Answer as A;
        match self {
            Question::Kind => &KIND_OPTIONS,
            Question::Control => &[
                A::Control(Control::Members),
                A::Control(Control::Board),
                A::Control(Control::Informal),
                A::Control(Control::NotSure),
            ],
            Question::MemberSupply => &[
                A::MemberSupply(YesNo::Yes),
                A::MemberSupply(YesNo::No),
                A::MemberSupply(YesNo::NotSure),
            ],
            Question::Profit => &[
                A::Profit(YesNo::Yes),
                A::Profit(YesNo::No),
                A::Profit(YesNo::NotSure),
            ],
            Question::Commitments => &[
                A::Commitments(Commitments::Nothing),
                A::Commitments(Commitments::SmallMoney),
                A::Commitments(Commitments::Contracts),
                A::Commitments(Commitments::Employees),
                A::Commitments(Commitments::NotSure),
            ],
            Question::Property => &[
                A::Property(YesNo::Yes),
                A::Property(YesNo::No),
                A::Property(YesNo::NotSure),
            ],
            Question::People => &[
                A::People(People::One),
                A::People(People::Few),
                A::People(People::Group),
                A::People(People::Many),
                A::People(People::NotSure),
            ],
            Question::Liability => &[
                A::Liability(Liability::NoPersonalRisk),
                A::Liability(Liability::SmallRiskOk),
                A::Liability(Liability::NotSure),
            ],
            Question::Anbi => &[
                A::Anbi(YesNo::Yes),
                A::Anbi(YesNo::No),
                A::Anbi(YesNo::NotSure),
            ],
            Question::Subsidies => &[
                A::Subsidies(YesNo::Yes),
                A::Subsidies(YesNo::No),
                A::Subsidies(YesNo::NotSure),
            ],
            Question::MutualPool => &[
                A::MutualPool(YesNo::Yes),
                A::MutualPool(YesNo::No),
                A::MutualPool(YesNo::NotSure),
            ],
            Question::Formalities => &[
                A::Formalities(Formalities::NoNotary),
                A::Formalities(Formalities::NotaryFine),
                A::Formalities(Formalities::NotSure),
            ],
        }
    }
}

const KIND_OPTIONS: [Answer; 14] = {
    let mut options = [Answer::Kind(CollectiveKind::NotSure); 14];
    let mut i = 0;
    while i < 14 {
        options[i] = Answer::Kind(CollectiveKind::ALL[i]);
        i += 1;
    }
    options
};

/// The kind of collective (`collective-types-nl.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CollectiveKind {
    /// Bewonersinitiatief: a few residents tackle something in their area.
    ResidentsInitiative,
    /// Wijk-, buurt- of dorpscoöperatie.
    NeighbourhoodCooperative,
    /// Lokaal fonds: raises money locally and grants it to projects.
    CommunityFund,
    /// Wijkbedrijf / buurtbedrijf: keeps work and money in the neighbourhood.
    NeighbourhoodEnterprise,
    /// Energiecoöperatie.
    EnergyCooperative,
    /// Zorgcoöperatie / zorgzaam dorp.
    CareCooperative,
    /// Wooncoöperatie.
    HousingCooperative,
    /// Broodfonds: self-employed people support each other with gifts when ill.
    Broodfonds,
    /// Voedselcollectief, CSA, Herenboeren.
    FoodCollective,
    /// Burgergrondbeheer, like Land van Ons.
    LandStewardship,
    /// Platformcoöperatie.
    PlatformCooperative,
    /// Werknemers- of ondernemerscoöperatie.
    WorkerCooperative,
    /// Something else.
    Other,
    /// Not sure.
    NotSure,
}

impl CollectiveKind {
    /// All kinds, in display order.
    pub const ALL: [CollectiveKind; 14] = [
        CollectiveKind::ResidentsInitiative,
        CollectiveKind::NeighbourhoodCooperative,
        CollectiveKind::CommunityFund,
        CollectiveKind::NeighbourhoodEnterprise,
        CollectiveKind::EnergyCooperative,
        CollectiveKind::CareCooperative,
        CollectiveKind::HousingCooperative,
        CollectiveKind::Broodfonds,
        CollectiveKind::FoodCollective,
        CollectiveKind::LandStewardship,
        CollectiveKind::PlatformCooperative,
        CollectiveKind::WorkerCooperative,
        CollectiveKind::Other,
        CollectiveKind::NotSure,
    ];

    /// The option as shown.
    pub fn label(self) -> Text {
        let (nl, en) = match self {
            CollectiveKind::ResidentsInitiative => (
                "Bewonersinitiatief: een paar bewoners pakken iets aan in de buurt",
                "Residents' initiative: a few residents tackle something in their area",
            ),
            CollectiveKind::NeighbourhoodCooperative => (
                "Wijk- of dorpscoöperatie",
                "Neighbourhood or village cooperative",
            ),
            CollectiveKind::CommunityFund => (
                "Lokaal fonds: geld inzamelen en uitdelen aan projecten",
                "Community fund: raising money and granting it to projects",
            ),
            CollectiveKind::NeighbourhoodEnterprise => (
                "Wijkbedrijf: werk en geld in de buurt houden",
                "Neighbourhood enterprise: keeping work and money local",
            ),
            CollectiveKind::EnergyCooperative => ("Energiecoöperatie", "Energy cooperative"),
            CollectiveKind::CareCooperative => (
                "Zorgcoöperatie of zorgzaam dorp",
                "Care cooperative or caring village",
            ),
            CollectiveKind::HousingCooperative => ("Wooncoöperatie", "Housing cooperative"),
            CollectiveKind::Broodfonds => (
                "Broodfonds: zzp'ers steunen elkaar bij ziekte",
                "Broodfonds: self-employed people support each other when ill",
            ),
            CollectiveKind::FoodCollective => (
                "Voedselcollectief of Herenboerderij",
                "Food collective or community farm",
            ),
            CollectiveKind::LandStewardship => (
                "Samen grond kopen en beheren, zoals Land van Ons",
                "Buying and managing land together, like Land van Ons",
            ),
            CollectiveKind::PlatformCooperative => ("Platformcoöperatie", "Platform cooperative"),
            CollectiveKind::WorkerCooperative => (
                "Coöperatie van werkenden of zzp'ers",
                "Cooperative of workers or self-employed people",
            ),
            CollectiveKind::Other => ("Iets anders", "Something else"),
            CollectiveKind::NotSure => ("Weet ik nog niet", "Not sure yet"),
        };
        Text { nl, en }
    }
}

/// Who has the final say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Control {
    /// The members, together in a general meeting, one vote each.
    Members,
    /// A small board; no members needed.
    Board,
    /// We agree among ourselves, without fixed rules.
    Informal,
    /// Not sure.
    NotSure,
}

/// A yes / no / not sure answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YesNo {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not sure.
    NotSure,
}

impl YesNo {
    /// All answers, in display order.
    pub const ALL: [YesNo; 3] = [YesNo::Yes, YesNo::No, YesNo::NotSure];
}

/// The most the collective will do with money and agreements (each includes the ones
/// before it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Commitments {
    /// No money, no contracts.
    Nothing,
    /// A kitty or a bank account, small purchases.
    SmallMoney,
    /// Contracts: rent, suppliers, loans.
    Contracts,
    /// Employing people.
    Employees,
    /// Not sure.
    NotSure,
}

/// How many people take part at the start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum People {
    /// Just one person.
    One,
    /// 2 to 10 people.
    Few,
    /// 11 to 50 people.
    Group,
    /// More than 50 people.
    Many,
    /// Not sure.
    NotSure,
}

/// Whether anyone may become personally liable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Liability {
    /// Nobody should run a personal risk.
    NoPersonalRisk,
    /// A small risk is fine; we keep things small.
    SmallRiskOk,
    /// Not sure.
    NotSure,
}

/// Whether a notary is acceptable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Formalities {
    /// Preferably without a notary, quickly and cheaply.
    NoNotary,
    /// A notary is fine.
    NotaryFine,
    /// Not sure.
    NotSure,
}

/// One answer to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Answer to [`Question::Kind`].
    Kind(CollectiveKind),
    /// Answer to [`Question::Control`].
    Control(Control),
    /// Answer to [`Question::MemberSupply`].
    MemberSupply(YesNo),
    /// Answer to [`Question::Profit`].
    Profit(YesNo),
    /// Answer to [`Question::Commitments`].
    Commitments(Commitments),
    /// Answer to [`Question::Property`].
    Property(YesNo),
    /// Answer to [`Question::People`].
    People(People),
    /// Answer to [`Question::Liability`].
    Liability(Liability),
    /// Answer to [`Question::Anbi`].
    Anbi(YesNo),
    /// Answer to [`Question::Subsidies`].
    Subsidies(YesNo),
    /// Answer to [`Question::MutualPool`].
    MutualPool(YesNo),
    /// Answer to [`Question::Formalities`].
    Formalities(Formalities),
}

impl Answer {
    /// The question this answers.
    pub fn question(self) -> Question {
        match self {
            Answer::Kind(_) => Question::Kind,
            Answer::Control(_) => Question::Control,
            Answer::MemberSupply(_) => Question::MemberSupply,
            Answer::Profit(_) => Question::Profit,
            Answer::Commitments(_) => Question::Commitments,
            Answer::Property(_) => Question::Property,
            Answer::People(_) => Question::People,
            Answer::Liability(_) => Question::Liability,
            Answer::Anbi(_) => Question::Anbi,
            Answer::Subsidies(_) => Question::Subsidies,
            Answer::MutualPool(_) => Question::MutualPool,
            Answer::Formalities(_) => Question::Formalities,
        }
    }

    /// True for the "not sure" answer of any question.
    pub fn is_not_sure(self) -> bool {
        matches!(
            self,
            Answer::Kind(CollectiveKind::NotSure)
                | Answer::Control(Control::NotSure)
                | Answer::MemberSupply(YesNo::NotSure)
                | Answer::Profit(YesNo::NotSure)
                | Answer::Commitments(Commitments::NotSure)
                | Answer::Property(YesNo::NotSure)
                | Answer::People(People::NotSure)
                | Answer::Liability(Liability::NotSure)
                | Answer::Anbi(YesNo::NotSure)
                | Answer::Subsidies(YesNo::NotSure)
                | Answer::MutualPool(YesNo::NotSure)
                | Answer::Formalities(Formalities::NotSure)
        )
    }

    /// The option as shown.
    pub fn label(self) -> Text {
        const NOT_SURE: (&str, &str) = ("Weet ik nog niet", "Not sure yet");
        let (nl, en) = match self {
            Answer::Kind(kind) => return kind.label(),
            Answer::Control(c) => match c {
                Control::Members => (
                    "De leden: samen, in een ledenvergadering, ieder één stem",
                    "The members: together, in a general meeting, one vote each",
                ),
                Control::Board => (
                    "Een klein bestuur; leden zijn niet nodig",
                    "A small board; members are not needed",
                ),
                Control::Informal => (
                    "We spreken het samen af, zonder vaste regels",
                    "We agree among ourselves, without fixed rules",
                ),
                Control::NotSure => NOT_SURE,
            },
            Answer::MemberSupply(yn)
            | Answer::Profit(yn)
            | Answer::Property(yn)
            | Answer::Anbi(yn)
            | Answer::Subsidies(yn)
            | Answer::MutualPool(yn) => match yn {
                YesNo::Yes => ("Ja", "Yes"),
                YesNo::No => ("Nee", "No"),
                YesNo::NotSure => NOT_SURE,
            },
            Answer::Commitments(c) => match c {
                Commitments::Nothing => (
                    "Niets: geen geld, geen contracten",
                    "Nothing: no money, no contracts",
                ),
                Commitments::SmallMoney => (
                    "Een beetje geld: een pot of een bankrekening, kleine aankopen",
                    "A little money: a kitty or a bank account, small purchases",
                ),
                Commitments::Contracts => (
                    "Contracten: huur, leveranciers, leningen",
                    "Contracts: rent, suppliers, loans",
                ),
                Commitments::Employees => ("Mensen in dienst nemen", "Employing people"),
                Commitments::NotSure => NOT_SURE,
            },
            Answer::People(p) => match p {
                People::One => ("Ik begin alleen", "Just me"),
                People::Few => ("2 tot 10 mensen", "2 to 10 people"),
                People::Group => ("11 tot 50 mensen", "11 to 50 people"),
                People::Many => ("Meer dan 50 mensen", "More than 50 people"),
                People::NotSure => NOT_SURE,
            },
            Answer::Liability(l) => match l {
                Liability::NoPersonalRisk => (
                    "Nee, niemand mag persoonlijk risico lopen",
                    "No, nobody should run a personal risk",
                ),
                Liability::SmallRiskOk => (
                    "Een klein risico is oké; we houden het klein",
                    "A small risk is fine; we keep things small",
                ),
                Liability::NotSure => NOT_SURE,
            },
            Answer::Formalities(f) => match f {
                Formalities::NoNotary => (
                    "Ja, liefst zonder notaris",
                    "Yes, preferably without a notary",
                ),
                Formalities::NotaryFine => ("Een notaris is geen probleem", "A notary is fine"),
                Formalities::NotSure => NOT_SURE,
            },
        };
        Text { nl, en }
    }
}

/// The founders' answers so far: one `Option` per question, `None` = not answered yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// [`Question::Kind`].
    pub kind: Option<CollectiveKind>,
    /// [`Question::Control`].
    pub control: Option<Control>,
    /// [`Question::MemberSupply`].
    pub member_supply: Option<YesNo>,
    /// [`Question::Profit`].
    pub profit: Option<YesNo>,
    /// [`Question::Commitments`].
    pub commitments: Option<Commitments>,
    /// [`Question::Property`].
    pub property: Option<YesNo>,
    /// [`Question::People`].
    pub people: Option<People>,
    /// [`Question::Liability`].
    pub liability: Option<Liability>,
    /// [`Question::Anbi`].
    pub anbi: Option<YesNo>,
    /// [`Question::Subsidies`].
    pub subsidies: Option<YesNo>,
    /// [`Question::MutualPool`].
    pub mutual_pool: Option<YesNo>,
    /// [`Question::Formalities`].
    pub formalities: Option<Formalities>,
}

impl Answers {
    /// These answers with `answer` set (builder style).
    pub fn with(mut self, answer: Answer) -> Answers {
        self.set(answer);
        self
    }

    /// Set the answer to its question, replacing an earlier one.
    pub fn set(&mut self, answer: Answer) {
        match answer {
            Answer::Kind(a) => self.kind = Some(a),
            Answer::Control(a) => self.control = Some(a),
            Answer::MemberSupply(a) => self.member_supply = Some(a),
            Answer::Profit(a) => self.profit = Some(a),
            Answer::Commitments(a) => self.commitments = Some(a),
            Answer::Property(a) => self.property = Some(a),
            Answer::People(a) => self.people = Some(a),
            Answer::Liability(a) => self.liability = Some(a),
            Answer::Anbi(a) => self.anbi = Some(a),
            Answer::Subsidies(a) => self.subsidies = Some(a),
            Answer::MutualPool(a) => self.mutual_pool = Some(a),
            Answer::Formalities(a) => self.formalities = Some(a),
        }
    }

    /// Forget the answer to `question`.
    pub fn clear(&mut self, question: Question) {
        match question {
            Question::Kind => self.kind = None,
            Question::Control => self.control = None,
            Question::MemberSupply => self.member_supply = None,
            Question::Profit => self.profit = None,
            Question::Commitments => self.commitments = None,
            Question::Property => self.property = None,
            Question::People => self.people = None,
            Question::Liability => self.liability = None,
            Question::Anbi => self.anbi = None,
            Question::Subsidies => self.subsidies = None,
            Question::MutualPool => self.mutual_pool = None,
            Question::Formalities => self.formalities = None,
        }
    }

    /// The answer given to `question`, if any (including "not sure").
    pub fn get(&self, question: Question) -> Option<Answer> {
        match question {
            Question::Kind => self.kind.map(Answer::Kind),
            Question::Control => self.control.map(Answer::Control),
            Question::MemberSupply => self.member_supply.map(Answer::MemberSupply),
            Question::Profit => self.profit.map(Answer::Profit),
            Question::Commitments => self.commitments.map(Answer::Commitments),
            Question::Property => self.property.map(Answer::Property),
            Question::People => self.people.map(Answer::People),
            Question::Liability => self.liability.map(Answer::Liability),
            Question::Anbi => self.anbi.map(Answer::Anbi),
            Question::Subsidies => self.subsidies.map(Answer::Subsidies),
            Question::MutualPool => self.mutual_pool.map(Answer::MutualPool),
            Question::Formalities => self.formalities.map(Answer::Formalities),
        }
    }

    /// The answer to `question` if it is a real answer: `None` when not answered yet or
    /// "not sure".
    pub fn settled(&self, question: Question) -> Option<Answer> {
        self.get(question).filter(|a| !a.is_not_sure())
    }

    /// Questions without a settled answer, in interview order.
    pub fn open_questions(&self) -> Vec<Question> {
        Question::ALL
            .into_iter()
            .filter(|&q| self.settled(q).is_none())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_twelve_questions_each_with_why_and_not_sure_last() {
        assert!(Question::ALL.len() <= 12);
        for q in Question::ALL {
            let options = q.options();
            assert!(options.len() >= 3, "{q:?}");
            for (i, a) in options.iter().enumerate() {
                assert_eq!(a.question(), q);
                assert_eq!(a.is_not_sure(), i == options.len() - 1, "{q:?}: {a:?}");
                assert!(!a.label().nl.is_empty() && !a.label().en.is_empty());
            }
            let mut unique = options.to_vec();
            unique.dedup();
            assert_eq!(unique.len(), options.len(), "{q:?} repeats an option");
            for text in [q.text(), q.why()] {
                assert!(!text.nl.is_empty() && !text.en.is_empty() && text.nl != text.en);
            }
        }
    }

    #[test]
    fn set_get_clear_round_trip_for_every_option() {
        for q in Question::ALL {
            for &a in q.options() {
                let mut answers = Answers::default();
                answers.set(a);
                assert_eq!(answers.get(q), Some(a));
                assert_eq!(answers.settled(q), (!a.is_not_sure()).then_some(a));
                for other in Question::ALL.into_iter().filter(|&o| o != q) {
                    assert_eq!(answers.get(other), None);
                }
                answers.clear(q);
                assert_eq!(answers, Answers::default());
            }
        }
    }

    #[test]
    fn nothing_answered_means_every_question_is_open() {
        assert_eq!(Answers::default().open_questions(), Question::ALL);
        let a = Answers::default()
            .with(Answer::Profit(YesNo::NotSure))
            .with(Answer::Anbi(YesNo::No));
        assert!(a.open_questions().contains(&Question::Profit));
        assert!(!a.open_questions().contains(&Question::Anbi));
    }
}
