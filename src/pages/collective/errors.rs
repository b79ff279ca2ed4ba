//! A refused change, said in words.

use crate::explain::{citation_words, decision_type_words, problem_words};
use crate::i18n::Lang;
use governance::attendance::ProxyRefusal;
use governance::collective::{CollectiveError as E, Finding, MemberProblem};

fn two(lang: Lang, nl: String, en: String) -> String {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// Why a proxy was refused.
pub fn proxy_refusal(lang: Lang, r: &ProxyRefusal) -> String {
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
    let text = format!("{p:?}");
    two(
        lang,
        format!("De gegevens van het lid kloppen niet ({text})."),
        format!("The member's data is not valid ({text})."),
    )
}

/// Lines explaining a refused change.
pub fn error_text(lang: Lang, e: &E) -> Vec<String> {
    let s = |nl: &str, en: &str| vec![two(lang, nl.into(), en.into())];
    match e {
        E::EmptyName => s("Vul een naam in.", "Enter a name."),
        E::UnsupportedLegalForm(_) => s("Samen ondersteunt de stemregels van deze rechtsvorm niet (bij een B.V. beslissen aandelen).", "Samen does not support this legal form's voting rules (in a B.V. shares decide)."),
        E::RulesViolateLaw(findings) => {
            let mut lines = s("Niet opgeslagen: deze regels mogen niet volgens de wet.", "Not saved: the law does not allow these rules.");
            lines.extend(findings.iter().filter(|f| f.is_violation()).map(|f| match f {
                Finding::Violation { decision, problem, citation, .. } => format!(
                    "{}{} — {}",
                    decision.map(|d| format!("{}: ", decision_type_words(lang, d))).unwrap_or_default(),
                    problem_words(lang, problem),
                    citation_words(lang, citation)
                ),
                Finding::Deviation { .. } => String::new(),
            }));
            lines
        }
        E::BadMember { problem, .. } => vec![member_problem(lang, problem)],
        E::DuplicateMember(id) => vec![two(lang, format!("Er is al een lid met nummer {id}."), format!("A member with id {id} exists already."))],
        E::SamePerson { existing } => vec![two(lang, format!("Dit lid staat er al in (zelfde naam en e-mail, {existing})."), format!("This member is already listed (same name and e-mail, {existing})."))],
        E::UnknownMember(id) => vec![two(lang, format!("Lid {id} bestaat niet."), format!("Member {id} does not exist."))],
        E::MemberInUse { meeting, .. } => vec![two(lang, format!("Dit lid staat in vergadering {meeting} en kan niet worden verwijderd."), format!("This member appears in meeting {meeting} and cannot be removed."))],
        E::BadId(id) => vec![two(lang, format!("Ongeldige code: '{id}'."), format!("Invalid id: '{id}'."))],
        E::BadTitle => s("Vul een titel in (zonder stuurtekens).", "Enter a title (without control characters)."),
        E::DuplicateProposal(id) => vec![two(lang, format!("Er is al een voorstel {id}."), format!("Proposal {id} exists already."))],
        E::UnknownProposal(id) => vec![two(lang, format!("Voorstel {id} bestaat niet."), format!("Proposal {id} does not exist."))],
        E::ProposalInUse(id) => vec![two(lang, format!("Voorstel {id} staat op een agenda."), format!("Proposal {id} is on an agenda."))],
        E::ProposalVoted(id) => vec![two(lang, format!("Over voorstel {id} is al gestemd: titel, tekst, soort besluit en de amendementen waarover gestemd is blijven zoals ze waren."), format!("Proposal {id} has been voted on: its title, text, kind of decision and the amendments voted on stay as they were."))],
        E::DuplicateAmendment(id) => vec![two(lang, format!("Er is al een amendement {id}."), format!("Amendment {id} exists already."))],
        E::UnknownAmendment(id) => vec![two(lang, format!("Amendement {id} bestaat niet."), format!("Amendment {id} does not exist."))],
        E::DuplicateMeeting(id) => vec![two(lang, format!("Er is al een vergadering {id}."), format!("Meeting {id} exists already."))],
        E::UnknownMeeting(id) => vec![two(lang, format!("Vergadering {id} bestaat niet."), format!("Meeting {id} does not exist."))],
        E::DuplicateItem(id) => vec![two(lang, format!("Agendapunt {id} staat er al."), format!("Agenda item {id} exists already."))],
        E::UnknownItem(id) => vec![two(lang, format!("Agendapunt {id} bestaat niet."), format!("Agenda item {id} does not exist."))],
        E::UnknownVote(n) => vec![two(lang, format!("Stemming {n} bestaat niet."), format!("Vote {n} does not exist."))],
        E::BadElection => s("De verkiezing klopt niet: kandidaten, zetels of maximale score ontbreken.", "The election is not well formed: candidates, seats or the maximum score are missing."),
        E::BadBallot => s("Dit stembiljet past niet bij de verkiezing.", "This ballot does not fit the election."),
        E::WrongVoteKind(_) => s("Deze handeling past niet bij deze soort stemming.", "This action does not fit this kind of vote."),
        E::VoteClosed => s("Deze stemming is gesloten: de uitslag staat in het besluitenlog.", "This vote is closed: its result is in the decision log."),
        E::LoggedVoteChanged => s("Een vastgelegde stemming kan niet meer worden gewijzigd.", "A recorded vote cannot be changed."),
        E::AmendmentAfterMain => s("Amendementen worden vóór het voorstel zelf in stemming gebracht; het voorstel is al besloten.", "Amendments are voted on before the main motion; the motion was already decided."),
        E::NotEntitled(id) => vec![two(lang, format!("Lid {id} mag hier nu niet stemmen (niet aanwezig, niet vertegenwoordigd of geschorst)."), format!("Member {id} cannot vote here now (not present, not represented, or suspended)."))],
        E::AlreadyVoted(id) => vec![two(lang, format!("Lid {id} heeft al gestemd."), format!("Member {id} has already voted."))],
        E::CountTooLarge => s("De aantallen zijn te groot.", "The numbers are too large."),
        E::NoRule(d) => vec![two(lang, format!("Er is geen stemregel voor: {}.", decision_type_words(lang, *d)), format!("There is no voting rule for: {}.", decision_type_words(lang, *d)))],
        E::AdvanceVotingNotAllowed => s("De stemregels staan vooraf stemmen niet toe (BW 2:38 lid 8).", "The voting rules do not allow votes before the meeting (BW 2:38 lid 8)."),
        E::AdvanceVoteOutsideWindow { earliest, latest } => vec![two(lang, format!("Vooraf stemmen kan van {earliest} tot en met {latest} (BW 2:38 lid 8)."), format!("Advance votes are possible from {earliest} to {latest} (BW 2:38 lid 8)."))],
        E::Proxy(r) => vec![proxy_refusal(lang, r)],
        E::ChallengeNotAllowed => s("Betwisten kan alleen direct na de vaststelling van de uitslag (BW 2:13 lid 4).", "A result can only be challenged right after it was declared (BW 2:13 lid 4)."),
        E::BadRevote => s("Een herstemming hoort bij een eerdere, vastgelegde stemming van dit punt.", "A revote belongs to an earlier, recorded vote on this item."),
        E::Blt(err) => vec![two(lang, format!("Het BLT-bestand klopt niet: {err}"), format!("The BLT file is not valid: {err}"))],
        E::BltMismatch => s("De kandidaten of zetels in het BLT-bestand verschillen van deze verkiezing.", "The BLT file's candidates or seats differ from this election."),
        E::BadLogReference(n) => vec![two(lang, format!("Verwijzing naar besluit {n} klopt niet."), format!("Reference to decision {n} is not valid."))],
    }
}
