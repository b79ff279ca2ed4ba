//! Why a change was refused, in Dutch or English: one sentence per problem.

use crate::i18n::Lang;
use governance::attendance::ProxyRefusal;
use governance::collective::{CollectiveError, MemberProblem};

fn pick(lang: Lang, nl: &str, en: &str) -> String {
    match lang {
        Lang::Nl => nl.to_string(),
        Lang::En => en.to_string(),
    }
}

/// Why a proxy was refused: the rule it breaks, in words.
pub fn proxy_refusal_text(lang: Lang, r: &ProxyRefusal) -> String {
    match (r, lang) {
        (ProxyRefusal::NotAllowed, Lang::Nl) => "Volmachten zijn volgens jullie regels niet toegestaan.".into(),
        (ProxyRefusal::NotAllowed, Lang::En) => "Your rules do not allow proxies.".into(),
        (ProxyRefusal::UnknownMember { id }, Lang::Nl) => format!("Lid {id} bestaat niet."),
        (ProxyRefusal::UnknownMember { id }, Lang::En) => format!("Member {id} does not exist."),
        (ProxyRefusal::Suspended { id }, Lang::Nl) => format!("Lid {id} is geschorst en mag niet stemmen."),
        (ProxyRefusal::Suspended { id }, Lang::En) => format!("Member {id} is suspended and may not vote."),
        (ProxyRefusal::SelfProxy, Lang::Nl) => "Iemand kan geen volmacht aan zichzelf geven.".into(),
        (ProxyRefusal::SelfProxy, Lang::En) => "A member cannot give a proxy to themselves.".into(),
        (ProxyRefusal::GiverPresent, Lang::Nl) => "Wie de volmacht geeft, is zelf aanwezig en stemt dus zelf.".into(),
        (ProxyRefusal::GiverPresent, Lang::En) => "The member giving the proxy is present and votes in person.".into(),
        (ProxyRefusal::GiverAlreadyGave { .. }, Lang::Nl) => "Dit lid heeft al een volmacht aan iemand anders gegeven. Trek die eerst in.".into(),
        (ProxyRefusal::GiverAlreadyGave { .. }, Lang::En) => "This member already gave a proxy to someone else. Withdraw it first.".into(),
        (ProxyRefusal::HolderRepresented, Lang::Nl) => "De gemachtigde heeft zelf een volmacht gegeven en is dus niet aanwezig.".into(),
        (ProxyRefusal::HolderRepresented, Lang::En) => "The proxy holder has given a proxy themselves, so they are not present.".into(),
        (ProxyRefusal::HolderNotPresent, Lang::Nl) => "De gemachtigde is niet aanwezig. Meld die eerst aan.".into(),
        (ProxyRefusal::HolderNotPresent, Lang::En) => "The proxy holder is not present. Check them in first.".into(),
        (ProxyRefusal::HolderAtMaximum { max }, Lang::Nl) => format!("De gemachtigde heeft al het maximum van {max} volmacht(en) volgens jullie regels."),
        (ProxyRefusal::HolderAtMaximum { max }, Lang::En) => format!("The proxy holder already carries the maximum of {max} proxy/proxies your rules allow."),
        (ProxyRefusal::NotInWriting, Lang::Nl) => "Volgens jullie regels moet een volmacht schriftelijk (of elektronisch) zijn (BW 2:38 lid 5).".into(),
        (ProxyRefusal::NotInWriting, Lang::En) => "Your rules require a proxy in writing (or electronically) (BW 2:38 lid 5).".into(),
    }
}

fn member_problem(lang: Lang, p: &MemberProblem) -> String {
    match (p, lang) {
        (MemberProblem::BadId, Lang::Nl) => "de code van het lid is ongeldig".into(),
        (MemberProblem::BadId, Lang::En) => "the member's id is not valid".into(),
        (MemberProblem::EmptyName, Lang::Nl) => "de naam is leeg".into(),
        (MemberProblem::EmptyName, Lang::En) => "the name is empty".into(),
        (MemberProblem::ControlCharacter, Lang::Nl) => {
            "er staat een stuurteken (zoals een regeleinde) in".into()
        }
        (MemberProblem::ControlCharacter, Lang::En) => {
            "it holds a control character (such as a line break)".into()
        }
        (MemberProblem::TooLong, Lang::Nl) => "de naam of het e-mailadres is te lang".into(),
        (MemberProblem::TooLong, Lang::En) => "the name or e-mail address is too long".into(),
        (MemberProblem::BadEmail, Lang::Nl) => "het e-mailadres klopt niet".into(),
        (MemberProblem::BadEmail, Lang::En) => "the e-mail address is not valid".into(),
        (MemberProblem::ZeroWeight, Lang::Nl) => "een lid heeft minstens 1 stem".into(),
        (MemberProblem::ZeroWeight, Lang::En) => "a member has at least 1 vote".into(),
    }
}

/// A refused change in words: the first line says what, the rest why.
pub fn error_text(lang: Lang, e: &CollectiveError) -> Vec<String> {
    use CollectiveError as E;
    let one = |nl: &str, en: &str| vec![pick(lang, nl, en)];
    match e {
        E::EmptyName => one("Vul een naam in.", "Enter a name."),
        E::UnsupportedLegalForm(_) => one(
            "Samen ondersteunt de besluitvorming van deze rechtsvorm niet (in een BV beslissen de aandelen).",
            "Samen does not support decision-making for this legal form (in a BV, shares decide).",
        ),
        E::RulesViolateLaw(findings) => vec![match lang {
            Lang::Nl => format!("Deze regels zijn in strijd met de wet ({} punten). Er is niets veranderd.", findings.len()),
            Lang::En => format!("These rules break the law ({} points). Nothing has changed.", findings.len()),
        }],
        E::BadMember { problem, .. } => vec![match lang {
            Lang::Nl => format!("Dit lid kan niet worden bewaard: {}.", member_problem(lang, problem)),
            Lang::En => format!("This member cannot be saved: {}.", member_problem(lang, problem)),
        }],
        E::DuplicateMember(id) => vec![match lang {
            Lang::Nl => format!("Er is al een lid met code {id}."),
            Lang::En => format!("There is already a member with id {id}."),
        }],
        E::SamePerson { .. } => one(
            "Er is al een lid met dezelfde naam en hetzelfde e-mailadres.",
            "A member with the same name and e-mail address exists already.",
        ),
        E::UnknownMember(id) => vec![match lang {
            Lang::Nl => format!("Lid {id} bestaat niet (meer)."),
            Lang::En => format!("Member {id} does not exist (any more)."),
        }],
        E::MemberInUse { .. } => one(
            "Dit lid staat in een vergadering (aanwezigheid, volmacht of stem) en kan niet worden verwijderd.",
            "This member appears in a meeting (attendance, proxy or vote) and cannot be removed.",
        ),
        E::BadId(id) => vec![match lang {
            Lang::Nl => format!("'{id}' is geen geldige code."),
            Lang::En => format!("'{id}' is not a valid id."),
        }],
        E::BadTitle => one(
            "Vul een titel in (zonder regeleinden).",
            "Enter a title (without line breaks).",
        ),
        E::DuplicateProposal(_) => one("Dit voorstel bestaat al.", "This proposal exists already."),
        E::UnknownProposal(_) => one("Dit voorstel bestaat niet (meer).", "This proposal does not exist (any more)."),
        E::ProposalInUse(_) => one(
            "Dit voorstel staat op een agenda en kan niet worden verwijderd.",
            "This proposal is on an agenda and cannot be removed.",
        ),
        E::DuplicateAmendment(_) => one("Twee amendementen hebben dezelfde code.", "Two amendments have the same id."),
        E::UnknownAmendment(_) => one(
            "Over dit amendement is al gestemd; het moet blijven bestaan.",
            "This amendment was voted on; it has to stay.",
        ),
        E::DuplicateMeeting(_) => one("Deze vergadering bestaat al.", "This meeting exists already."),
        E::UnknownMeeting(_) => one("Deze vergadering bestaat niet (meer).", "This meeting does not exist (any more)."),
        E::DuplicateItem(_) => one("Dit agendapunt staat er al.", "This agenda item is there already."),
        E::UnknownItem(_) => one("Dit agendapunt bestaat niet (meer).", "This agenda item does not exist (any more)."),
        E::UnknownVote(_) => one("Deze stemming bestaat niet.", "This vote does not exist."),
        E::BadElection => one(
            "De verkiezing klopt niet: geef minstens één kandidaat en minstens één zetel, niet meer zetels dan kandidaten.",
            "The election is not right: give at least one candidate and at least one seat, no more seats than candidates.",
        ),
        E::BadBallot => one(
            "Dit stembiljet past niet bij de verkiezing.",
            "This ballot does not fit the election.",
        ),
        E::WrongVoteKind(_) => one(
            "Dat kan niet bij deze soort stemming.",
            "That is not possible with this kind of vote.",
        ),
        E::VoteClosed => one(
            "Deze stemming is gesloten: de uitslag staat in het besluitenlog.",
            "This vote is closed: its result is in the decision log.",
        ),
        E::LoggedVoteChanged => one(
            "Een stemming waarvan de uitslag in het log staat, kan niet meer veranderen.",
            "A vote whose result is in the log cannot change any more.",
        ),
        E::AmendmentAfterMain => one(
            "Over amendementen wordt gestemd vóór het voorstel zelf; over het voorstel is al besloten.",
            "Amendments are voted on before the proposal itself; the proposal was already decided.",
        ),
        E::NotEntitled(_) => one(
            "Dit lid mag nu niet stemmen: niet aanwezig, niet vertegenwoordigd of geschorst.",
            "This member cannot vote now: not present, not represented, or suspended.",
        ),
        E::AlreadyVoted(_) => one("Dit lid heeft al gestemd.", "This member has already voted."),
        E::CountTooLarge => one("Deze aantallen zijn te groot.", "These numbers are too large."),
        E::NoRule(_) => one(
            "Jullie regels hebben geen regel voor deze soort besluit.",
            "Your rules have no rule for this kind of decision.",
        ),
        E::AdvanceVotingNotAllowed => one(
            "Jullie regels staan stemmen vóór de vergadering niet toe (BW 2:38 lid 8).",
            "Your rules do not allow votes before the meeting (BW 2:38 lid 8).",
        ),
        E::AdvanceVoteOutsideWindow { earliest, latest } => vec![match lang {
            Lang::Nl => format!("Een stem vooraf kan alleen van {earliest} tot en met {latest}."),
            Lang::En => format!("An advance vote is only possible from {earliest} to {latest}."),
        }],
        E::Proxy(r) => vec![
            pick(lang, "Deze volmacht kan niet.", "This proxy is refused."),
            proxy_refusal_text(lang, r),
        ],
        E::ChallengeNotAllowed => one(
            "Betwisten kan alleen direct na de uitspraak van de voorzitter, en na een hoofdelijke of schriftelijke stemming niet door één stemmer alleen (BW 2:13 lid 4).",
            "A challenge is only possible right after the chair's declaration, and after a roll-call or written vote not by a single voter (BW 2:13 lid 4).",
        ),
        E::BadRevote => one("Deze herstemming hoort niet bij een eerdere stemming.", "This revote does not belong to an earlier vote."),
        E::Blt(err) => vec![
            pick(lang, "Het BLT-bestand kan niet worden gelezen.", "The BLT file cannot be read."),
            err.to_string(),
        ],
        E::BltMismatch => one(
            "De kandidaten of zetels in het BLT-bestand zijn anders dan in deze verkiezing.",
            "The candidates or seats in the BLT file differ from this election's.",
        ),
        E::BadLogReference(n) => vec![match lang {
            Lang::Nl => format!("Het besluitenlog klopt niet bij regel {n}."),
            Lang::En => format!("The decision log does not match at entry {n}."),
        }],
    }
}
