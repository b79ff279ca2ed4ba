//! Export, import (picker and drag-and-drop) and storage status.

use crate::state::{use_app, Action};
use governance::collective::Collective;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

crate::texts! { F {
    Title => ("Bestanden en opslag", "Files and storage"),
    ExportTitle => ("Exporteren", "Export"),
    ExportHelp => ("Het bestand bevat alles: leden, regels, vergaderingen en het besluitenlog. Geef het door aan wie de volgende vergadering leidt, of bewaar het als back-up. Iedereen kan het controleren met samen verify.", "The file holds everything: members, rules, meetings and the decision log. Hand it to whoever runs the next meeting, or keep it as a backup. Anyone can check it with samen verify."),
    Export => ("Download het bestand", "Download the file"),
    ImportTitle => ("Een bestand openen", "Open a file"),
    ImportHelp => ("Kies een .samen.json-bestand of sleep het hierheen. Als het bestand niet klopt, verandert er niets.", "Choose a .samen.json file or drop it here. If the file is not right, nothing changes."),
    ChooseFile => ("Kies een bestand", "Choose a file"),
    DropHere => ("Of sleep het bestand in dit vak", "Or drop the file in this box"),
    ImportFailed => ("Dit bestand kan niet worden geopend. Er is niets veranderd.", "This file cannot be opened. Nothing has changed."),
    Imported => ("Bestand geopend: {}. Het staat nu ook in deze browser.", "File opened: {}. It is now also stored in this browser."),
    StorageTitle => ("Opslag in deze browser", "Storage in this browser"),
    StorageHelp => ("Samen bewaart alles automatisch in deze browser, bij elke wijziging. Een browser kan gegevens toch wissen (bij ruimtegebrek of als je de geschiedenis wist). Exporteren is je back-up.", "Samen saves everything automatically in this browser, on every change. A browser may still clear data (when space runs low or when you clear your history). Exporting is your backup."),
    Persisted => ("✔ De browser bewaart de gegevens van Samen blijvend.", "✔ The browser keeps Samen's data permanently."),
    NotPersisted => ("De browser mag de gegevens van Samen opruimen. Exporteer regelmatig.", "The browser may clear Samen's data. Export regularly."),
    AskPersist => ("Vraag om blijvende opslag", "Ask for permanent storage"),
    Usage => ("In gebruik: ongeveer {} kB van {} MB.", "In use: about {} kB of {} MB."),
} }

/// Downloads the collective as its decision file.
pub fn export(collective: &Collective) {
    let text = governance::file::save(collective);
    let name = format!("{}.samen.json", crate::fileio::safe_name(collective.name()));
    let _ = crate::fileio::download(&name, "application/json", &text);
}

/// The Files page.
#[function_component(Files)]
pub fn files() -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(open) = &app.workspace.open else {
        return html! {};
    };
    let on_export = {
        let c = open.collective.clone();
        Callback::from(move |_| export(&c))
    };
    html! {
        <section>
            <h1 tabindex="-1">{ F::Title.get(lang) }</h1>
            <div class="card stack">
                <h2>{ F::ExportTitle.get(lang) }</h2>
                <p>{ F::ExportHelp.get(lang) }</p>
                <button type="button" id="export" onclick={on_export}>{ F::Export.get(lang) }</button>
            </div>
            <ImportFile />
            <StorageStatus />
        </section>
    }
}

/// Import of a decision file by picker or drag-and-drop. A failed import changes nothing.
#[function_component(ImportFile)]
pub fn import_file() -> Html {
    let app = use_app();
    let lang = app.lang;
    let error = use_state(|| None::<String>);
    let dragging = use_state(|| false);
    let handle = {
        let app = app.clone();
        let error = error.clone();
        Callback::from(move |file: web_sys::File| {
            let app = app.clone();
            let error = error.clone();
            let file_name = file.name();
            wasm_bindgen_futures::spawn_local(async move {
                let text = match crate::fileio::read_text(file).await {
                    Ok(t) => t,
                    Err(e) => {
                        error.set(Some(format!("{file_name}: {e}")));
                        return;
                    }
                };
                match governance::file::load(&text) {
                    Ok(c) => {
                        error.set(None);
                        let name = c.name().to_string();
                        super::new::request_persistence();
                        app.dispatch(Action::OpenCollective(crate::workspace::open_new(c)));
                        app.dispatch(Action::Notice(crate::i18n::fill(
                            F::Imported.get(lang),
                            &[&name],
                        )));
                        let _ = web_sys::window().map(|w| w.location().set_hash("#/collectief"));
                    }
                    Err(e) => error.set(Some(format!("{file_name}: {e}"))),
                }
            });
        })
    };
    let on_pick = {
        let handle = handle.clone();
        Callback::from(move |e: Event| {
            let input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(file) = input
                .as_ref()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0))
            {
                handle.emit(file);
            }
            if let Some(i) = input {
                i.set_value("");
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                handle.emit(file);
            }
        })
    };
    html! {
        <div class={classes!("card", "stack", "dropzone", dragging.then_some("dragging"))}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <h2>{ F::ImportTitle.get(lang) }</h2>
            <p id="import-help">{ F::ImportHelp.get(lang) }</p>
            <div class="field">
                <label for="import-file">{ F::ChooseFile.get(lang) }</label>
                <input id="import-file" type="file" accept=".json,.samen.json,application/json"
                    aria-describedby="import-help" onchange={on_pick} />
            </div>
            <p class="help">{ F::DropHere.get(lang) }</p>
            if let Some(e) = (*error).clone() {
                <div class="banner error" role="alert" id="import-error">
                    <p>{ F::ImportFailed.get(lang) }</p>
                    <p class="mono">{ e }</p>
                </div>
            }
        </div>
    }
}

/// Whether storage is persistent, and how much is used.
#[function_component(StorageStatus)]
fn storage_status() -> Html {
    let app = use_app();
    let lang = app.lang;
    let persisted = use_state(|| None::<bool>);
    let usage = use_state(|| None::<(f64, f64)>);
    let refresh = {
        let persisted = persisted.clone();
        let usage = usage.clone();
        Callback::from(move |ask: bool| {
            let persisted = persisted.clone();
            let usage = usage.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
                    return;
                };
                let promise = if ask {
                    storage.persist()
                } else {
                    storage.persisted()
                };
                if let Ok(p) = promise {
                    if let Ok(v) = JsFuture::from(p).await {
                        persisted.set(v.as_bool());
                    }
                }
                if let Ok(p) = storage.estimate() {
                    if let Ok(v) = JsFuture::from(p).await {
                        let get = |k: &str| {
                            js_sys::Reflect::get(&v, &k.into())
                                .ok()
                                .and_then(|x| x.as_f64())
                        };
                        if let (Some(u), Some(q)) = (get("usage"), get("quota")) {
                            usage.set(Some((u, q)));
                        }
                    }
                }
            });
        })
    };
    {
        let refresh = refresh.clone();
        use_effect_with((), move |_| refresh.emit(false));
    }
    let ask = Callback::from(move |_| refresh.emit(true));
    html! {
        <div class="card stack">
            <h2>{ F::StorageTitle.get(lang) }</h2>
            <p>{ F::StorageHelp.get(lang) }</p>
            { match *persisted {
                Some(true) => html! { <p role="status">{ F::Persisted.get(lang) }</p> },
                _ => html! {
                    <>
                        <p role="status">{ F::NotPersisted.get(lang) }</p>
                        <button type="button" class="secondary" onclick={ask}>{ F::AskPersist.get(lang) }</button>
                    </>
                },
            } }
            if let Some((u, q)) = *usage {
                <p class="help">{ crate::i18n::fill(F::Usage.get(lang), &[&((u / 1000.0).round() as u64), &((q / 1e6).round() as u64)]) }</p>
            }
        </div>
    }
}
