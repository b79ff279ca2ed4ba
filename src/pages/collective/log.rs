//! The decision log: every recorded result, hash-chained, newest first.

use crate::explain::decision_type_words;
use crate::state::use_app;
use governance::collective::log::{EntryBody, MotionOutcome};
use yew::prelude::*;

crate::texts! { L {
    Title => ("Besluitenlog", "Decision log"),
    Intro => ("Elk besluit wordt hier vastgelegd met de regel, de aantallen en de uitslag. Elke regel bevat een vingerafdruk (hash) van de vorige, dus een latere wijziging valt op.", "Every decision is recorded here with its rule, the counts and the result. Each entry holds a fingerprint (hash) of the previous one, so a later change shows."),
    Empty => ("Nog geen besluiten. Besluiten komen hier vanzelf bij als een vergadering een uitslag vastlegt.", "No decisions yet. They appear here when a meeting records a result."),
    ChainOk => ("✔ De keten is intact: {} regels, laatste hash {}.", "✔ The chain is intact: {} entries, last hash {}."),
    ChainBroken => ("⚠ De keten is verbroken bij regel {}: een eerder besluit is achteraf gewijzigd.", "⚠ The chain is broken at entry {}: an earlier decision was changed afterwards."),
    Passed => ("✔ Aangenomen", "✔ Passed"),
    Rejected => ("✘ Verworpen", "✘ Rejected"),
    NoQuorum => ("⚠ Geen quorum", "⚠ No quorum"),
    Invalid => ("⚠ Ongeldig", "⚠ Invalid"),
    Elected => ("Gekozen: {}", "Elected: {}"),
    Challenge => ("Uitslag van regel {} betwist: er volgt een nieuwe stemming.", "Result of entry {} challenged: a new vote follows."),
    Declared => ("vastgesteld door de voorzitter", "declared by the chair"),
    Counts => ("voor {}, tegen {}, onthouding {}, blanco {}", "for {}, against {}, abstain {}, blank {}"),
    Date => ("Datum", "Date"),
    Number => ("Nr.", "No."),
    Decision => ("Besluit", "Decision"),
    Result => ("Uitslag", "Result"),
    Hash => ("Hash", "Hash"),
} }

/// The log page.
#[function_component(Log)]
pub fn log() -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(open) = &app.workspace.open else {
        return html! {};
    };
    let log = open.collective.log();
    let fill = crate::i18n::fill;
    let chain = match log.check() {
        Ok(()) => {
            html! { <p class="result passed" role="status">{ fill(L::ChainOk.get(lang), &[&log.len(), &log.head().to_string()[..12].to_string()]) }</p> }
        }
        Err(e) => {
            html! { <p class="result no-quorum" role="alert">{ fill(L::ChainBroken.get(lang), &[&e.seq]) }</p> }
        }
    };
    let rows = log.entries().iter().rev().map(|e| {
        let (kind, result) = match &e.body {
            EntryBody::Motion(m) => {
                let r = match m.outcome {
                    MotionOutcome::Passed => L::Passed,
                    MotionOutcome::Rejected => L::Rejected,
                    MotionOutcome::NoQuorum => L::NoQuorum,
                    MotionOutcome::Invalid => L::Invalid,
                };
                let counts = fill(
                    L::Counts.get(lang),
                    &[&m.votes.yes, &m.votes.no, &m.votes.abstain, &m.votes.blank],
                );
                let declared = if m.declared_by_chair {
                    format!(" · {}", L::Declared.get(lang))
                } else {
                    String::new()
                };
                (
                    decision_type_words(lang, m.decision_type).to_string(),
                    format!("{} ({counts}){declared}", r.get(lang)),
                )
            }
            EntryBody::Election(el) => {
                let names: Vec<&str> = el
                    .elected
                    .iter()
                    .filter_map(|&i| el.candidates.get(i).map(String::as_str))
                    .collect();
                (
                    decision_type_words(lang, el.decision_type).to_string(),
                    fill(L::Elected.get(lang), &[&names.join(", ")]),
                )
            }
            EntryBody::Challenge(c) => (String::new(), fill(L::Challenge.get(lang), &[&c.entry])),
        };
        html! {
            <tr>
                <td class="num">{ e.seq }</td>
                <td class="nowrap">{ e.date.to_string() }</td>
                <td><strong>{ &e.title }</strong><br/><span class="small">{ kind }</span></td>
                <td>{ result }</td>
                <td class="mono small">{ e.hash.to_string()[..12].to_string() }</td>
            </tr>
        }
    });
    html! {
        <section>
            <h1 tabindex="-1">{ L::Title.get(lang) }</h1>
            <p>{ L::Intro.get(lang) }</p>
            if log.is_empty() {
                <p>{ L::Empty.get(lang) }</p>
            } else {
                { chain }
                <div class="table-wrap">
                    <table>
                        <thead><tr>
                            <th scope="col">{ L::Number.get(lang) }</th>
                            <th scope="col">{ L::Date.get(lang) }</th>
                            <th scope="col">{ L::Decision.get(lang) }</th>
                            <th scope="col">{ L::Result.get(lang) }</th>
                            <th scope="col">{ L::Hash.get(lang) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
