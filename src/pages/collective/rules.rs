//! Voting rules per decision type, starting from the legal form's defaults.
//! A rule that breaks mandatory law is not saved; the user sees why, with the source.

use crate::explain::{base_words, citation_words, decision_type_words, problem_words, rule_words};
use crate::i18n::Lang;
use crate::state::{use_app, Action};
use crate::workspace::Change;
use governance::collective::{Collective, CollectiveError, Finding};
use governance::fraction::Fraction;
use governance::rules::{Comparison, DecisionType, Method, Quorum, RuleSet, VoteBase};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

crate::texts! { R {
    Title => ("Stemregels", "Voting rules"),
    Intro => ("Per soort besluit: wie beslist, welke meerderheid nodig is, waarvan, en of er een quorum is. Samen begint met de standaard van je rechtsvorm. Wat de wet verbiedt, kun je niet opslaan; een afwijking van de standaard mag en wordt gemarkeerd.", "Per kind of decision: who decides, which majority is needed, of what, and whether there is a quorum. Samen starts from your legal form's defaults. What the law forbids cannot be saved; a deviation from the default is allowed and marked."),
    Method => ("Manier van besluiten", "How to decide"),
    Vote => ("Stemmen", "Vote"),
    Consent => ("Consent (aangenomen tenzij er bezwaar is)", "Consent (adopted unless someone objects)"),
    Fraction => ("Meerderheid", "Majority"),
    Comparison => ("Vergelijking", "Comparison"),
    MoreThan => ("meer dan", "more than"),
    AtLeast => ("ten minste", "at least"),
    Base => ("Waarvan (100 %)", "Of what (100 %)"),
    Quorum => ("Quorum", "Quorum"),
    NoQuorum => ("Geen quorum", "No quorum"),
    QuorumShare => ("Minstens {} van de leden aanwezig of vertegenwoordigd", "At least {} of the members present or represented"),
    NotSaved => ("Niet opgeslagen: deze regel mag niet volgens de wet.", "Not saved: the law does not allow this rule."),
    Deviation => ("Afwijking van de standaard", "Deviation from the default"),
    Source => ("Bron", "Source"),
    Current => ("Nu: {}", "Now: {}"),
    Saved => ("Regel opgeslagen: {}.", "Rule saved: {}."),
    General => ("Volmachten en vooraf stemmen", "Proxies and advance votes"),
    GeneralSaved => ("Instelling opgeslagen.", "Setting saved."),
    Proxies => ("Volmachten (BW 2:38 lid 4)", "Proxies (BW 2:38 lid 4)"),
    ProxiesAllowed => ("Toegestaan", "Allowed"),
    ProxiesNone => ("Niet toegestaan", "Not allowed"),
    ProxyMax => ("Hoeveel volmachten mag één lid dragen?", "How many proxies may one member carry?"),
    NoLimit => ("Geen maximum", "No maximum"),
    Written => ("Een volmacht moet schriftelijk (of elektronisch) zijn", "A proxy must be in writing (or electronic)"),
    Advance => ("Elektronisch stemmen vóór de vergadering (BW 2:38 lid 8)", "Electronic votes before the meeting (BW 2:38 lid 8)"),
    AdvanceNo => ("Niet toegestaan", "Not allowed"),
    Yes => ("Ja", "Yes"),
    No => ("Nee", "No"),
    AdvanceDays => ("Vanaf {} dagen voor de vergadering", "From {} days before the meeting"),
} }

/// Applies a select's value to a rule.
type RuleEdit = Rc<dyn Fn(&mut governance::rules::Rule, &str)>;

const FRACTIONS: [(u64, u64); 5] = [(1, 2), (2, 3), (3, 4), (9, 10), (1, 1)];
const BASES: [VoteBase; 5] = [
    VoteBase::Cast,
    VoteBase::CastAndAbstain,
    VoteBase::Valid,
    VoteBase::Present,
    VoteBase::Members,
];
const QUORUMS: [(u64, u64); 4] = [(1, 4), (1, 3), (1, 2), (2, 3)];

fn select_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

/// The rules page.
#[function_component(Rules)]
pub fn rules() -> Html {
    let app = use_app();
    let lang = app.lang;
    let refused = use_state(|| None::<(Option<DecisionType>, Vec<Finding>)>);
    // Bumped on every refusal, so the selects are rebuilt showing the saved rule again.
    let attempt = use_state(|| 0u32);
    let Some(open) = &app.workspace.open else {
        return html! {};
    };
    let c = open.collective.clone();
    let findings = c.findings();
    let try_rules = {
        let app = app.clone();
        let c = c.clone();
        let refused = refused.clone();
        let attempt = attempt.clone();
        Callback::from(move |(decision, set): (Option<DecisionType>, RuleSet)| {
            let mut trial: Collective = (*c).clone();
            match trial.set_rules(set.clone()) {
                Ok(_) => {
                    refused.set(None);
                    let notice = match decision {
                        Some(d) => {
                            crate::i18n::fill(R::Saved.get(lang), &[&decision_type_words(lang, d)])
                        }
                        None => R::GeneralSaved.get(lang).to_string(),
                    };
                    app.dispatch(Action::Change(Change(Rc::new(
                        move |c: &mut Collective| {
                            c.set_rules(set.clone())?;
                            Ok(Some(notice.clone()))
                        },
                    ))));
                }
                Err(CollectiveError::RulesViolateLaw(f)) => {
                    attempt.set(*attempt + 1);
                    refused.set(Some((decision, f)));
                }
                Err(e) => {
                    refused.set(None);
                    app.dispatch(Action::Change(Change(Rc::new(move |_| Err(e.clone())))));
                }
            }
        })
    };
    let sections = c.rules().rules.iter().map(|(&decision, rule)| {
        let set = c.rules().clone();
        let edit = |f: RuleEdit| {
            let set = set.clone();
            let try_rules = try_rules.clone();
            Callback::from(move |e: Event| {
                let v = select_value(&e);
                let mut next = set.clone();
                if let Some(r) = next.rules.get_mut(&decision) {
                    f(r, &v);
                }
                try_rules.emit((Some(decision), next));
            })
        };
        let id = decision.id();
        let on_method = edit(Rc::new(|r, v| r.method = if v == "consent" { Method::Consent } else { Method::Vote }));
        let on_fraction = edit(Rc::new(|r, v| {
            if let Ok(f) = Fraction::parse(v) {
                r.threshold.fraction = f;
            }
        }));
        let on_comparison = edit(Rc::new(|r, v| {
            r.threshold.comparison = if v == "more_than" { Comparison::MoreThan } else { Comparison::AtLeast }
        }));
        let on_base = edit(Rc::new(|r, v| {
            if let Some(b) = BASES.iter().find(|b| base_id(**b) == v) {
                r.base = *b;
            }
        }));
        let on_quorum = edit(Rc::new(|r, v| {
            r.quorum = Fraction::parse(v).ok().map(Quorum::share_present);
        }));
        let quorum_value = rule.quorum.and_then(|q| match q.size {
            governance::rules::QuorumSize::Share(t) => Some(format!("{}/{}", t.fraction.num(), t.fraction.den())),
            governance::rules::QuorumSize::Minimum(_) => None,
        });
        let deviations: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.decision() == Some(decision) && !f.is_violation())
            .collect();
        let refusal = refused
            .as_ref()
            .filter(|(d, _)| *d == Some(decision))
            .map(|(_, f)| f.clone());
        let consent = rule.method == Method::Consent;
        html! {
            <section class="card stack rule" id={format!("rule-{id}")} aria-labelledby={format!("rule-{id}-h")}>
                <h2 id={format!("rule-{id}-h")}>{ decision_type_words(lang, decision) }</h2>
                <p class="current">{ crate::i18n::fill(R::Current.get(lang), &[&if consent { R::Consent.get(lang).to_string() } else { rule_words(lang, rule.threshold, rule.base) }]) }</p>
                <div class="rule-grid" key={attempt.to_string()}>
                    <div class="field">
                        <label for={format!("{id}-method")}>{ R::Method.get(lang) }</label>
                        <select id={format!("{id}-method")} onchange={on_method}>
                            <option value="vote" selected={!consent}>{ R::Vote.get(lang) }</option>
                            <option value="consent" selected={consent}>{ R::Consent.get(lang) }</option>
                        </select>
                    </div>
                    if !consent {
                        <div class="field">
                            <label for={format!("{id}-comparison")}>{ R::Comparison.get(lang) }</label>
                            <select id={format!("{id}-comparison")} onchange={on_comparison}>
                                <option value="more_than" selected={rule.threshold.comparison == Comparison::MoreThan}>{ R::MoreThan.get(lang) }</option>
                                <option value="at_least" selected={rule.threshold.comparison == Comparison::AtLeast}>{ R::AtLeast.get(lang) }</option>
                            </select>
                        </div>
                        <div class="field">
                            <label for={format!("{id}-fraction")}>{ R::Fraction.get(lang) }</label>
                            <select id={format!("{id}-fraction")} onchange={on_fraction}>
                                { for FRACTIONS.iter().map(|(n, d)| {
                                    let selected = rule.threshold.fraction.num() == *n && rule.threshold.fraction.den() == *d;
                                    let f = Fraction::parse(&format!("{n}/{d}")).unwrap_or(Fraction::ONE_HALF);
                                    html! { <option value={format!("{n}/{d}")} {selected}>{ crate::explain::fraction_words(lang, f) }</option> }
                                }) }
                            </select>
                        </div>
                        <div class="field">
                            <label for={format!("{id}-base")}>{ R::Base.get(lang) }</label>
                            <select id={format!("{id}-base")} onchange={on_base}>
                                { for BASES.iter().map(|b| html! {
                                    <option value={base_id(*b)} selected={rule.base == *b}>{ base_words(lang, *b) }</option>
                                }) }
                            </select>
                        </div>
                    }
                    <div class="field">
                        <label for={format!("{id}-quorum")}>{ R::Quorum.get(lang) }</label>
                        <select id={format!("{id}-quorum")} onchange={on_quorum}>
                            <option value="none" selected={rule.quorum.is_none()}>{ R::NoQuorum.get(lang) }</option>
                            { for QUORUMS.iter().map(|(n, d)| {
                                let v = format!("{n}/{d}");
                                let f = Fraction::parse(&v).unwrap_or(Fraction::ONE_HALF);
                                html! { <option value={v.clone()} selected={quorum_value.as_deref() == Some(v.as_str())}>
                                    { crate::i18n::fill(R::QuorumShare.get(lang), &[&crate::explain::fraction_words(lang, f)]) }</option> }
                            }) }
                        </select>
                    </div>
                </div>
                if let Some(f) = refusal {
                    <div class="banner error" role="alert">
                        <p><strong>{ R::NotSaved.get(lang) }</strong></p>
                        { for f.iter().filter(|f| f.is_violation()).map(|f| finding_html(lang, f)) }
                    </div>
                }
                { for deviations.iter().map(|f| html! {
                    <p class="deviation">{ "≠ " }{ R::Deviation.get(lang) }{ ": " }{ citation_words(lang, &f.citation()) }</p>
                }) }
            </section>
        }
    });
    let general = {
        let set = c.rules().clone();
        let try_rules = try_rules.clone();
        let edit = move |f: GeneralEdit| {
            let set = set.clone();
            let try_rules = try_rules.clone();
            Callback::from(move |e: Event| {
                let mut next = set.clone();
                f(&mut next, &select_value(&e));
                try_rules.emit((None, next));
            })
        };
        let rs = c.rules();
        let on_allowed = edit(Rc::new(|s, v| s.proxies.allowed = v == "yes"));
        let on_max = edit(Rc::new(|s, v| s.proxies.max_per_holder = v.parse().ok()));
        let on_written = edit(Rc::new(|s, v| s.proxies.written_required = v == "yes"));
        let on_advance = edit(Rc::new(|s, v| {
            s.advance_evoting = v
                .parse()
                .ok()
                .map(|days_before| governance::rules::AdvanceEvoting { days_before })
        }));
        let max = rs.proxies.max_per_holder;
        let days = rs.advance_evoting.map(|a| a.days_before);
        html! {
            <section class="card stack rule" id="rule-general" aria-labelledby="rule-general-h">
                <h2 id="rule-general-h">{ R::General.get(lang) }</h2>
                <div class="rule-grid" key={attempt.to_string()}>
                    <div class="field">
                        <label for="general-proxies">{ R::Proxies.get(lang) }</label>
                        <select id="general-proxies" onchange={on_allowed}>
                            <option value="yes" selected={rs.proxies.allowed}>{ R::ProxiesAllowed.get(lang) }</option>
                            <option value="no" selected={!rs.proxies.allowed}>{ R::ProxiesNone.get(lang) }</option>
                        </select>
                    </div>
                    <div class="field">
                        <label for="general-proxy-max">{ R::ProxyMax.get(lang) }</label>
                        <select id="general-proxy-max" onchange={on_max}>
                            <option value="none" selected={max.is_none()}>{ R::NoLimit.get(lang) }</option>
                            { for (1..=5u32).map(|n| html! { <option value={n.to_string()} selected={max == Some(n)}>{ n }</option> }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="general-written">{ R::Written.get(lang) }</label>
                        <select id="general-written" onchange={on_written}>
                            <option value="yes" selected={rs.proxies.written_required}>{ R::Yes.get(lang) }</option>
                            <option value="no" selected={!rs.proxies.written_required}>{ R::No.get(lang) }</option>
                        </select>
                    </div>
                    <div class="field">
                        <label for="general-advance">{ R::Advance.get(lang) }</label>
                        <select id="general-advance" onchange={on_advance}>
                            <option value="none" selected={days.is_none()}>{ R::AdvanceNo.get(lang) }</option>
                            { for [7u32, 14, 30, 45].iter().map(|d| html! {
                                <option value={d.to_string()} selected={days == Some(*d)}>{ crate::i18n::fill(R::AdvanceDays.get(lang), &[d]) }</option>
                            }) }
                        </select>
                    </div>
                </div>
                if let Some(f) = refused.as_ref().filter(|(d, _)| d.is_none()).map(|(_, f)| f.clone()) {
                    <div class="banner error" role="alert">
                        <p><strong>{ R::NotSaved.get(lang) }</strong></p>
                        { for f.iter().filter(|f| f.is_violation()).map(|f| finding_html(lang, f)) }
                    </div>
                }
            </section>
        }
    };
    html! {
        <section>
            <h1 tabindex="-1">{ R::Title.get(lang) }</h1>
            <p>{ R::Intro.get(lang) }</p>
            { general }
            { for sections }
        </section>
    }
}

/// Applies a select's value to the collective-wide settings of a rule set.
type GeneralEdit = Rc<dyn Fn(&mut RuleSet, &str)>;

fn base_id(b: VoteBase) -> &'static str {
    match b {
        VoteBase::Cast => "cast",
        VoteBase::CastAndAbstain => "cast_abstain",
        VoteBase::Valid => "valid",
        VoteBase::Present => "present",
        VoteBase::Members => "members",
    }
}

/// One finding: the problem and its source.
pub fn finding_html(lang: Lang, f: &Finding) -> Html {
    match f {
        Finding::Violation {
            problem, citation, ..
        } => html! {
            <p>{ problem_words(lang, problem) }{ " " }<span class="source">{ R::Source.get(lang) }{ ": " }{ citation_words(lang, citation) }</span></p>
        },
        Finding::Deviation { citation, .. } => html! {
            <p>{ R::Deviation.get(lang) }{ ": " }{ citation_words(lang, citation) }</p>
        },
    }
}
