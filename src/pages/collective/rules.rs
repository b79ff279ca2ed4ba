//! The decision rules of the open collective, per kind of decision.

use crate::explain::{decision_type_words, full_rule_words};
use crate::state::use_app;
use yew::prelude::*;

crate::texts! { R {
    Title => ("Stemregels", "Voting rules"),
    Intro => ("Per soort besluit: wie besluit en hoeveel stemmen er nodig zijn. Ze komen uit de standaard van jullie rechtsvorm.", "Per kind of decision: who decides and how many votes are needed. They come from your legal form's defaults."),
    Kind => ("Soort besluit", "Kind of decision"),
    Rule => ("Regel", "Rule"),
    ProxiesTitle => ("Volmachten", "Proxies"),
    ProxiesNo => ("Volmachten zijn niet toegestaan.", "Proxies are not allowed."),
    ProxiesYes => ("Volmachten zijn toegestaan.", "Proxies are allowed."),
    ProxiesMax => ("Iemand mag hoogstens {} volmacht(en) hebben.", "A member may carry at most {} proxy/proxies."),
    ProxiesWritten => ("Een volmacht moet schriftelijk of elektronisch zijn.", "A proxy must be in writing or electronic."),
    AdvanceYes => ("Stemmen vóór de vergadering kan vanaf {} dagen ervoor (BW 2:38 lid 8).", "Voting before the meeting is possible from {} days before (BW 2:38 lid 8)."),
    AdvanceNo => ("Stemmen vóór de vergadering is niet toegestaan.", "Voting before the meeting is not allowed."),
} }

/// The rules page.
#[function_component(Rules)]
pub fn rules() -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let rules = c.rules();
    let rows = rules.rules.iter().map(|(d, r)| {
        html! {
            <tr><th scope="row">{ decision_type_words(lang, *d) }</th><td>{ full_rule_words(lang, r) }</td></tr>
        }
    });
    let p = rules.proxies;
    html! {
        <section>
            <h1 tabindex="-1">{ R::Title.get(lang) }</h1>
            <p>{ R::Intro.get(lang) }</p>
            <div class="table-wrap">
                <table>
                    <thead><tr><th scope="col">{ R::Kind.get(lang) }</th><th scope="col">{ R::Rule.get(lang) }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <h2>{ R::ProxiesTitle.get(lang) }</h2>
            if p.allowed {
                <p>{ R::ProxiesYes.get(lang) }
                    if let Some(m) = p.max_per_holder { { " " }{ crate::i18n::fill(R::ProxiesMax.get(lang), &[&m]) } }
                    if p.written_required { { " " }{ R::ProxiesWritten.get(lang) } }
                </p>
            } else {
                <p>{ R::ProxiesNo.get(lang) }</p>
            }
            { match rules.advance_evoting {
                Some(a) => html! { <p>{ crate::i18n::fill(R::AdvanceYes.get(lang), &[&a.days_before]) }</p> },
                None => html! { <p>{ R::AdvanceNo.get(lang) }</p> },
            } }
        </section>
    }
}
