//! The decision log: every recorded result, oldest first, with its hash.

use crate::explain::{decision_type_words, outcome_words};
use crate::state::use_app;
use governance::collective::log::EntryBody;
use yew::prelude::*;

crate::texts! { L {
    Title => ("Besluitenlog", "Decision log"),
    Intro => ("Elke uitslag die de voorzitter vaststelt, komt hier. Elke regel bevat de vingerafdruk (hash) van de vorige, zodat achteraf te zien is of er iets is veranderd.", "Every result the chair declares lands here. Each entry holds the fingerprint (hash) of the previous one, so any later change shows."),
    Empty => ("Nog geen besluiten.", "No decisions yet."),
    Number => ("Nr.", "No."),
    Date => ("Datum", "Date"),
    Subject => ("Onderwerp", "Subject"),
    Kind => ("Soort", "Kind"),
    Result => ("Uitslag", "Result"),
    Elected => ("Gekozen: {}", "Elected: {}"),
    Challenged => ("Uitslag van nr. {} betwist: nieuwe stemming", "Result of no. {} challenged: new vote"),
    Election => ("Verkiezing", "Election"),
} }

/// The decision log page.
#[function_component(Log)]
pub fn log() -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let rows = c.log().entries().iter().map(|e| {
        let (kind, result, class) = match &e.body {
            EntryBody::Motion(m) => {
                let (words, class) = outcome_words(lang, m.outcome);
                (
                    decision_type_words(lang, m.decision_type).to_string(),
                    words,
                    class,
                )
            }
            EntryBody::Election(x) => {
                let names: Vec<&str> = x
                    .elected
                    .iter()
                    .filter_map(|i| x.candidates.get(*i))
                    .map(String::as_str)
                    .collect();
                (
                    L::Election.get(lang).to_string(),
                    crate::i18n::fill(L::Elected.get(lang), &[&names.join(", ")]),
                    "passed",
                )
            }
            EntryBody::Challenge(ch) => (
                String::new(),
                crate::i18n::fill(L::Challenged.get(lang), &[&ch.entry]),
                "no-quorum",
            ),
        };
        html! {
            <tr>
                <td class="num">{ e.seq }</td>
                <td>{ e.date.to_string() }</td>
                <td>{ &e.title }</td>
                <td>{ kind }</td>
                <td class={classes!("result-cell", class)}>{ result }</td>
            </tr>
        }
    });
    html! {
        <section>
            <h1 tabindex="-1">{ L::Title.get(lang) }</h1>
            <p>{ L::Intro.get(lang) }</p>
            if c.log().is_empty() {
                <p>{ L::Empty.get(lang) }</p>
            } else {
                <div class="table-wrap">
                    <table>
                        <thead><tr>
                            <th scope="col" class="num">{ L::Number.get(lang) }</th>
                            <th scope="col">{ L::Date.get(lang) }</th>
                            <th scope="col">{ L::Subject.get(lang) }</th>
                            <th scope="col">{ L::Kind.get(lang) }</th>
                            <th scope="col">{ L::Result.get(lang) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
