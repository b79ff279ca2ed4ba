//! Members: list, add, remove, import from CSV.

use crate::i18n::{fill, Lang};
use crate::state::{use_app, Action};
use crate::workspace::Change;
use governance::collective::csv::{parse_members_csv, CsvImport, CsvProblem};
use governance::collective::{Collective, Member, Role};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

crate::texts! { M {
    Title => ("Leden", "Members"),
    Count => ("{} leden, samen {} stemmen.", "{} members, {} votes together."),
    Search => ("Zoek op naam of e-mail", "Search by name or e-mail"),
    Showing => ("{} van {} getoond. Zoek om anderen te vinden.", "Showing {} of {}. Search to find others."),
    Name => ("Naam", "Name"),
    Email => ("E-mail (niet verplicht)", "E-mail (optional)"),
    EmailCol => ("E-mail", "E-mail"),
    Weight => ("Stemmen (niet verplicht, standaard 1)", "Votes (optional, default 1)"),
    WeightCol => ("Stemmen", "Votes"),
    Roles => ("Rollen", "Roles"),
    Board => ("Bestuur", "Board"),
    Chair => ("Voorzitter", "Chair"),
    Secretary => ("Secretaris", "Secretary"),
    Add => ("Lid toevoegen", "Add member"),
    Added => ("{} is toegevoegd.", "{} was added."),
    Remove => ("Verwijder", "Remove"),
    Removed => ("{} is verwijderd.", "{} was removed."),
    Actions => ("Acties", "Actions"),
    NoMembers => ("Nog geen leden. Voeg ze hieronder toe, of importeer een lijst.", "No members yet. Add them below, or import a list."),
    WeightInvalid => ("Vul bij stemmen een heel getal van 1 of meer in, of laat het leeg.", "Enter a whole number of 1 or more for votes, or leave it empty."),
    ImportTitle => ("Leden importeren uit CSV", "Import members from CSV"),
    ImportHelp => ("Eén lid per regel: naam; e-mail; stemmen (e-mail en stemmen mogen leeg). Een kopregel (naam;email;stemmen) mag. Komma of puntkomma.", "One member per line: name; e-mail; votes (e-mail and votes may be empty). A header line (name;email;weight) is allowed. Comma or semicolon."),
    CsvFile => ("CSV-bestand", "CSV file"),
    CsvText => ("Of plak de regels hier", "Or paste the lines here"),
    Check => ("Controleer", "Check"),
    GoodLines => ("{} goede regels.", "{} good lines."),
    BadLines => ("{} regels met een fout. Er is nog niets geïmporteerd.", "{} lines with an error. Nothing has been imported yet."),
    ImportAll => ("Importeer {} leden", "Import {} members"),
    ImportGood => ("Importeer alleen de {} goede regels", "Import only the {} good lines"),
    Imported => ("{} leden geïmporteerd.", "{} members imported."),
    Line => ("Regel {}: {}", "Line {}: {}"),
    Cancel => ("Annuleren", "Cancel"),
} }

fn csv_problem(lang: Lang, p: &CsvProblem) -> String {
    match (p, lang) {
        (CsvProblem::EmptyName, Lang::Nl) => "de naam is leeg".into(),
        (CsvProblem::ControlCharacter, Lang::Nl) => "er staat een stuurteken in een veld".into(),
        (CsvProblem::TooLong, Lang::Nl) => "een veld is te lang".into(),
        (CsvProblem::BadEmail(e), Lang::Nl) => format!("'{e}' is geen e-mailadres"),
        (CsvProblem::BadWeight(w), Lang::Nl) => {
            format!("stemmen '{w}' is geen heel getal van 1 of meer")
        }
        (CsvProblem::TooManyFields { found, expected }, Lang::Nl) => {
            format!("{found} velden, hoogstens {expected} verwacht")
        }
        (CsvProblem::UnclosedQuote, Lang::Nl) => "een aanhalingsteken is niet gesloten".into(),
        (CsvProblem::TextAfterQuote, Lang::Nl) => "tekst na een sluitend aanhalingsteken".into(),
        (CsvProblem::UnknownColumn(c), Lang::Nl) => format!("onbekende kolom '{c}'"),
        (CsvProblem::DuplicateColumn(c), Lang::Nl) => format!("kolom '{c}' staat er twee keer"),
        (CsvProblem::Duplicate { first_line }, Lang::Nl) => {
            format!("zelfde naam en e-mail als regel {first_line}")
        }
        (p, Lang::En) => p.to_string(),
    }
}

const PAGE: usize = 200;

fn input_value(e: &InputEvent) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// The members page.
#[function_component(Members)]
pub fn members() -> Html {
    let app = use_app();
    let lang = app.lang;
    let query = use_state(String::new);
    let Some(open) = &app.workspace.open else {
        return html! {};
    };
    let c = open.collective.clone();
    let total_votes: u64 = c.members().iter().map(|m| m.votes()).sum();
    let q = query.to_lowercase();
    let matching: Vec<&Member> = c
        .members()
        .iter()
        .filter(|m| {
            q.is_empty()
                || m.name.to_lowercase().contains(&q)
                || m.email
                    .as_deref()
                    .is_some_and(|e| e.to_lowercase().contains(&q))
        })
        .collect();
    let shown = matching.len().min(PAGE);
    let role_names = |m: &Member| {
        m.roles
            .iter()
            .map(|r| role_text(*r).get(lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let rows = matching.iter().take(PAGE).map(|m| {
        let remove = {
            let app = app.clone();
            let id = m.id.clone();
            let name = m.name.clone();
            Callback::from(move |_| {
                let id = id.clone();
                let name = name.clone();
                app.dispatch(Action::Change(Change(Rc::new(move |c: &mut Collective| {
                    c.remove_member(&id)?;
                    Ok(Some(fill(M::Removed.get(lang), &[&name])))
                }))))
            })
        };
        html! {
            <tr>
                <td>{ &m.name }</td>
                <td>{ m.email.clone().unwrap_or_default() }</td>
                <td class="num">{ m.votes() }</td>
                <td>{ role_names(m) }</td>
                <td><button type="button" class="secondary small" onclick={remove}
                    aria-label={format!("{} {}", M::Remove.get(lang), m.name)}>{ M::Remove.get(lang) }</button></td>
            </tr>
        }
    });
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(input_value(&e)))
    };
    html! {
        <section>
            <h1 tabindex="-1">{ M::Title.get(lang) }</h1>
            <p>{ fill(M::Count.get(lang), &[&c.members().len(), &total_votes]) }</p>
            if c.members().is_empty() {
                <p>{ M::NoMembers.get(lang) }</p>
            } else {
                <div class="field">
                    <label for="member-search">{ M::Search.get(lang) }</label>
                    <input id="member-search" type="search" value={(*query).clone()} oninput={on_query} />
                </div>
                if shown < matching.len() {
                    <p class="help">{ fill(M::Showing.get(lang), &[&shown, &matching.len()]) }</p>
                }
                <div class="table-wrap">
                    <table class="members">
                        <thead><tr>
                            <th scope="col">{ M::Name.get(lang) }</th>
                            <th scope="col">{ M::EmailCol.get(lang) }</th>
                            <th scope="col" class="num">{ M::WeightCol.get(lang) }</th>
                            <th scope="col">{ M::Roles.get(lang) }</th>
                            <th scope="col">{ M::Actions.get(lang) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
            <AddMember />
            <CsvImportForm />
        </section>
    }
}

fn role_text(r: Role) -> M {
    match r {
        Role::Board => M::Board,
        Role::Chair => M::Chair,
        Role::Secretary => M::Secretary,
    }
}

#[function_component(AddMember)]
fn add_member() -> Html {
    let app = use_app();
    let lang = app.lang;
    let name = use_state(String::new);
    let email = use_state(String::new);
    let weight = use_state(String::new);
    let roles = use_state(std::collections::BTreeSet::<Role>::new);
    let problem = use_state(|| None::<String>);
    let on_submit = {
        let (app, name, email, weight, roles, problem) = (
            app.clone(),
            name.clone(),
            email.clone(),
            weight.clone(),
            roles.clone(),
            problem.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let w = weight.trim();
            let parsed = if w.is_empty() {
                Ok(None)
            } else {
                w.parse::<u64>().map(Some)
            };
            let weight_value = match parsed {
                Ok(Some(0)) | Err(_) => {
                    problem.set(Some(M::WeightInvalid.get(lang).to_string()));
                    return;
                }
                Ok(v) => v,
            };
            problem.set(None);
            let n = name.trim().to_string();
            let em = Some(email.trim().to_string()).filter(|s| !s.is_empty());
            let rs = (*roles).clone();
            app.dispatch(Action::Change(Change(Rc::new(
                move |c: &mut Collective| {
                    let member = Member {
                        email: em.clone(),
                        weight: weight_value,
                        roles: rs.clone(),
                        ..Member::new(c.next_member_id(), n.clone())
                    };
                    c.add_member(member)?;
                    Ok(Some(fill(M::Added.get(lang), &[&n])))
                },
            ))));
            name.set(String::new());
            email.set(String::new());
            weight.set(String::new());
            roles.set(Default::default());
        })
    };
    let text_input =
        |id: &'static str, label: M, state: &UseStateHandle<String>, kind: &'static str| {
            let s = state.clone();
            let oninput = Callback::from(move |e: InputEvent| s.set(input_value(&e)));
            html! {
                <div class="field">
                    <label for={id}>{ label.get(lang) }</label>
                    <input id={id} type={kind} value={(**state).clone()} {oninput} />
                </div>
            }
        };
    let role_box = |r: Role| {
        let roles = roles.clone();
        let checked = roles.contains(&r);
        let onchange = Callback::from(move |_| {
            let mut next = (*roles).clone();
            if !next.remove(&r) {
                next.insert(r);
            }
            roles.set(next);
        });
        let id = format!("role-{}", r.id());
        html! {
            <label class="check" for={id.clone()}>
                <input type="checkbox" id={id} {checked} {onchange} />{ role_text(r).get(lang) }
            </label>
        }
    };
    html! {
        <form class="card stack" onsubmit={on_submit}>
            <h2>{ M::Add.get(lang) }</h2>
            { text_input("member-name", M::Name, &name, "text") }
            { text_input("member-email", M::Email, &email, "email") }
            { text_input("member-weight", M::Weight, &weight, "text") }
            if let Some(p) = (*problem).clone() {
                <p class="field-error" role="alert">{ p }</p>
            }
            <fieldset>
                <legend>{ M::Roles.get(lang) }</legend>
                { role_box(Role::Board) }{ role_box(Role::Chair) }{ role_box(Role::Secretary) }
            </fieldset>
            <button type="submit">{ M::Add.get(lang) }</button>
        </form>
    }
}

#[function_component(CsvImportForm)]
fn csv_import_form() -> Html {
    let app = use_app();
    let lang = app.lang;
    let text = use_state(String::new);
    let checked = use_state(|| None::<Rc<CsvImport>>);
    let on_text = {
        let text = text.clone();
        let checked = checked.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                text.set(t.value());
                checked.set(None);
            }
        })
    };
    let on_file = {
        let text = text.clone();
        let checked = checked.clone();
        Callback::from(move |e: Event| {
            let file = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|i| i.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                let text = text.clone();
                let checked = checked.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(t) = crate::fileio::read_text(file).await {
                        checked.set(Some(Rc::new(parse_members_csv(&t))));
                        text.set(t);
                    }
                });
            }
        })
    };
    let on_check = {
        let text = text.clone();
        let checked = checked.clone();
        Callback::from(move |_| checked.set(Some(Rc::new(parse_members_csv(&text)))))
    };
    let import = |only_good: bool| {
        let app = app.clone();
        let checked = checked.clone();
        let text = text.clone();
        Callback::from(move |_| {
            let Some(result) = (*checked).clone() else {
                return;
            };
            if !only_good && !result.errors.is_empty() {
                return;
            }
            let n = result.good.len();
            app.dispatch(Action::Change(Change(Rc::new(
                move |c: &mut Collective| {
                    c.import_members(&result.good, None)?;
                    Ok(Some(fill(M::Imported.get(lang), &[&n])))
                },
            ))));
            checked.set(None);
            text.set(String::new());
        })
    };
    let cancel = {
        let checked = checked.clone();
        Callback::from(move |_| checked.set(None))
    };
    html! {
        <div class="card stack">
            <h2>{ M::ImportTitle.get(lang) }</h2>
            <p class="help" id="csv-help">{ M::ImportHelp.get(lang) }</p>
            <div class="field">
                <label for="csv-file">{ M::CsvFile.get(lang) }</label>
                <input id="csv-file" type="file" accept=".csv,text/csv,text/plain" onchange={on_file} />
            </div>
            <div class="field">
                <label for="csv-text">{ M::CsvText.get(lang) }</label>
                <textarea id="csv-text" rows="5" aria-describedby="csv-help" value={(*text).clone()} oninput={on_text} />
            </div>
            <button type="button" class="secondary" onclick={on_check}>{ M::Check.get(lang) }</button>
            if let Some(result) = (*checked).clone() {
                <div class="csv-result" role="status">
                    <p>{ fill(M::GoodLines.get(lang), &[&result.good.len()]) }</p>
                    if result.errors.is_empty() {
                        <button type="button" onclick={import(false)} disabled={result.good.is_empty()}>
                            { fill(M::ImportAll.get(lang), &[&result.good.len()]) }</button>
                    } else {
                        <p class="field-error">{ fill(M::BadLines.get(lang), &[&result.errors.len()]) }</p>
                        <ul class="csv-errors">
                            { for result.errors.iter().take(100).map(|e| html! {
                                <li>{ fill(M::Line.get(lang), &[&e.line, &csv_problem(lang, &e.problem)]) }</li>
                            }) }
                        </ul>
                        <div class="actions">
                            <button type="button" onclick={import(true)} disabled={result.good.is_empty()}>
                                { fill(M::ImportGood.get(lang), &[&result.good.len()]) }</button>
                            <button type="button" class="secondary" onclick={cancel}>{ M::Cancel.get(lang) }</button>
                        </div>
                    }
                </div>
            }
        </div>
    }
}
