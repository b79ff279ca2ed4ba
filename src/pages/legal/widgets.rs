//! Small pieces the guide's pages share: citations, status labels, markers, the
//! disclaimer. Every catalog text is rendered as text, never as HTML.

use super::text::{pick, T};
use crate::i18n::Lang;
use governance::legal::{Citation, Fact, Fit, Stance, Status, DISCLAIMER};
use yew::prelude::*;

/// The symbol of a group: never colour alone.
pub fn fit_symbol(fit: Fit) -> &'static str {
    match fit {
        Fit::Fits => "✔",
        Fit::PossibleWithCaveats => "~",
        Fit::DoesNotFit => "✘",
    }
}

/// The CSS class of a group.
pub fn fit_class(fit: Fit) -> &'static str {
    match fit {
        Fit::Fits => "fits",
        Fit::PossibleWithCaveats => "caveats",
        Fit::DoesNotFit => "no-fit",
    }
}

/// The symbol of a reason's stance.
pub fn stance_symbol(stance: Stance) -> &'static str {
    match stance {
        Stance::For => "✔",
        Stance::Note => "ℹ",
        Stance::Caveat => "~",
        Stance::Against => "✘",
    }
}

/// The CSS class of a reason's stance.
pub fn stance_class(stance: Stance) -> &'static str {
    match stance {
        Stance::For => "for",
        Stance::Note => "note",
        Stance::Caveat => "caveat",
        Stance::Against => "against",
    }
}

/// A heading text with its symbol in front, the symbol hidden from screen readers
/// (the words say the same).
pub fn with_symbol(symbol: &'static str, words: &str) -> Html {
    html! {
        <>
            <span class="symbol" aria-hidden="true">{ symbol }</span>
            { " " }{ words.to_string() }
        </>
    }
}

/// One citation: a link to the official text when there is one, opening in a new tab.
pub fn citation(lang: Lang, c: &Citation) -> Html {
    match c.url() {
        Some(url) => html! {
            <a class="cite" href={url} target="_blank" rel="noopener noreferrer">
                { c.label() }
                <span class="sr-only">{ " " }{ T::NewTab.get(lang) }</span>
            </a>
        },
        None => html! { <cite>{ c.label() }</cite> },
    }
}

/// "Bron: BW 2:26; BW 2:27 lid 4".
pub fn citations(lang: Lang, cites: &[Citation]) -> Html {
    if cites.is_empty() {
        return Html::default();
    }
    html! {
        <p class="cites">
            <span class="cites-label">{ T::Source.get(lang) }</span>
            { " " }
            {
                for cites.iter().enumerate().map(|(i, c)| html! {
                    <>
                        { if i > 0 { "; " } else { "" } }
                        { citation(lang, c) }
                    </>
                })
            }
        </p>
    }
}

/// True when a status is not plain law and must be shown with the fact.
pub fn is_not_law(status: Status) -> bool {
    matches!(
        status,
        Status::Convention | Status::NotLaw | Status::Unverified
    )
}

/// A status label. `always` shows the law statuses too (for governance defaults,
/// where "you can change this in the statutes" matters).
pub fn status_badge(lang: Lang, status: Status, always: bool) -> Html {
    if !always && !is_not_law(status) {
        return Html::default();
    }
    let class = if is_not_law(status) { "no" } else { "yes" };
    html! { <span class="status" data-law={class}>{ pick(lang, status.label()) }</span> }
}

/// A catalog fact: its text, its status where not plain law, its citations.
pub fn fact(lang: Lang, f: &Fact, always_status: bool) -> Html {
    html! {
        <>
            <p class="fact-text">
                { pick(lang, f.text) }
                { " " }
                { status_badge(lang, f.status, always_status) }
            </p>
            { citations(lang, f.citations) }
        </>
    }
}

/// The disclaimer box, shown with every result.
pub fn disclaimer(lang: Lang) -> Html {
    html! {
        <aside class="disclaimer" aria-label={T::DisclaimerTitle.get(lang)}>
            <p>
                <strong>{ T::DisclaimerTitle.get(lang) }{ ". " }</strong>
                { pick(lang, DISCLAIMER) }
            </p>
        </aside>
    }
}
