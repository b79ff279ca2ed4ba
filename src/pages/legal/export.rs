//! The founding summary of one form as plain data ([`Summary`]), shown by the founding
//! page and written as a standalone HTML file for download. One model, two renderings,
//! so the page and the file always say the same.
//!
//! Pure: no DOM, no clock (the date is an input), testable on the host.

use super::text::{pick, T};
use crate::i18n::Lang;
use governance::legal::{founding, Citation, LegalForm, Status, Topic, DISCLAIMER};

/// One line of a section: an optional label, the text, a status, the sources.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// A short lead, e.g. "Notaris: Verplicht".
    pub label: Option<String>,
    /// The text.
    pub text: &'static str,
    /// A status to show beside the text, if any.
    pub status: Option<&'static str>,
    /// Where it comes from.
    pub citations: &'static [Citation],
}

/// A section of the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The heading.
    pub title: &'static str,
    /// A sentence under the heading, if any.
    pub intro: Option<&'static str>,
    /// Numbered (steps) or not.
    pub ordered: bool,
    /// The lines; when empty, `intro` says why.
    pub entries: Vec<Entry>,
}

/// Everything founders must arrange for one form, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The form.
    pub form: LegalForm,
    /// The page title, e.g. "Coöperatie U.A.: wat moet je regelen?".
    pub title: String,
    /// "In de wet: coöperatie met uitsluiting van aansprakelijkheid".
    pub law_term: String,
    /// What the form is.
    pub what_it_is: Entry,
    /// At a glance, steps, statute items, governance defaults.
    pub sections: Vec<Section>,
    /// Information, not legal advice.
    pub disclaimer: &'static str,
}

fn statute_status(lang: Lang, status: Status) -> &'static str {
    match status {
        Status::Mandatory => T::MustBeInStatutes.get(lang),
        Status::Default => T::LawUnlessStatutes.get(lang),
        Status::Convention => T::WiseToArrange.get(lang),
        Status::NotLaw | Status::Unverified => pick(lang, status.label()),
    }
}

/// A status shown with a fact only where it is not plain law.
fn fact_status(lang: Lang, status: Status) -> Option<&'static str> {
    super::widgets::is_not_law(status).then(|| pick(lang, status.label()))
}

/// The founding summary of `form` in `lang`.
pub fn summary(lang: Lang, form: LegalForm) -> Summary {
    let f = founding(form);
    let p = form.profile();
    let name = pick(lang, form.name());
    let glance = |topic: Topic, value: String, fact: &'static governance::legal::Fact| Entry {
        label: Some(format!("{}: {value}", pick(lang, topic.label()))),
        text: pick(lang, fact.text),
        status: fact_status(lang, fact.status),
        citations: fact.citations,
    };
    let founders = format!(
        "{} {} {}",
        T::AtLeast.get(lang),
        f.min_founders,
        if f.min_founders == 1 {
            T::Person.get(lang)
        } else {
            T::People.get(lang)
        }
    );
    let at_a_glance = Section {
        title: T::AtAGlance.get(lang),
        intro: None,
        ordered: false,
        entries: vec![
            glance(Topic::Notary, pick(lang, f.notary.label()).into(), p.notary),
            glance(Topic::Founders, founders, p.founders),
            glance(
                Topic::Registration,
                pick(lang, f.registration.label()).into(),
                p.registration,
            ),
            Entry {
                label: Some(format!(
                    "{}: {}",
                    T::Statutes.get(lang),
                    pick(lang, f.statutes.label())
                )),
                text: "",
                status: None,
                citations: &[],
            },
        ],
    };
    let steps = Section {
        title: T::Steps.get(lang),
        intro: None,
        ordered: true,
        entries: f
            .steps
            .iter()
            .map(|s| Entry {
                label: None,
                text: pick(lang, s.text),
                status: fact_status(lang, s.fact.status),
                citations: s.fact.citations,
            })
            .collect(),
    };
    let statute_items = Section {
        title: T::StatuteItemsTitle.get(lang),
        intro: Some(if f.statute_items.is_empty() {
            T::NoStatutes.get(lang)
        } else {
            T::StatuteItemsIntro.get(lang)
        }),
        ordered: false,
        entries: f
            .statute_items
            .iter()
            .map(|item| Entry {
                label: None,
                text: pick(lang, item.text),
                status: Some(statute_status(lang, item.status)),
                citations: item.citations,
            })
            .collect(),
    };
    let governance = Section {
        title: T::GovernanceTitle.get(lang),
        intro: Some(T::GovernanceIntro.get(lang)),
        ordered: false,
        entries: f
            .governance
            .iter()
            .map(|fact| Entry {
                label: Some(pick(lang, fact.topic.label()).into()),
                text: pick(lang, fact.text),
                status: Some(pick(lang, fact.status.label())),
                citations: fact.citations,
            })
            .collect(),
    };
    Summary {
        form,
        title: format!("{name}: {}", T::FoundingTitleSuffix.get(lang)),
        law_term: format!("{} {}", T::InLaw.get(lang), p.law_term),
        what_it_is: Entry {
            label: None,
            text: pick(lang, p.what_it_is.text),
            status: fact_status(lang, p.what_it_is.status),
            citations: p.what_it_is.citations,
        },
        sections: vec![at_a_glance, steps, statute_items, governance],
        disclaimer: pick(lang, DISCLAIMER),
    }
}

/// The download's file name, e.g. `samen-oprichting-cooperative_ua.html`.
pub fn file_name(form: LegalForm) -> String {
    format!("samen-oprichting-{}.html", form.id())
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn citations_html(lang: Lang, cites: &[Citation], out: &mut String) {
    if cites.is_empty() {
        return;
    }
    out.push_str("<br><small>");
    out.push_str(&escape(T::Source.get(lang)));
    out.push(' ');
    for (i, c) in cites.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        match c.url() {
            Some(url) => {
                out.push_str("<a href=\"");
                out.push_str(&escape(&url));
                out.push_str("\">");
                out.push_str(&escape(&c.label()));
                out.push_str("</a>");
            }
            None => out.push_str(&escape(&c.label())),
        }
    }
    out.push_str("</small>");
}

fn entry_html(lang: Lang, e: &Entry, out: &mut String) {
    if let Some(label) = &e.label {
        out.push_str("<strong>");
        out.push_str(&escape(label));
        out.push_str("</strong> ");
    }
    out.push_str(&escape(e.text));
    if let Some(status) = e.status {
        out.push_str(" <em>(");
        out.push_str(&escape(status));
        out.push_str(")</em>");
    }
    citations_html(lang, e.citations, out);
}

/// The summary as a standalone HTML document (black on white, prints well).
pub fn to_html(lang: Lang, s: &Summary, date: &str) -> String {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("<!doctype html>\n<html lang=\"");
    out.push_str(lang.code());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    out.push_str(&escape(&s.title));
    out.push_str(
        "</title>\n<style>body{font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;\
         color:#000;background:#fff;max-width:48rem;margin:2rem auto;padding:0 1rem}\
         li{margin-bottom:.5rem}small{color:#333}a{color:#000}\
         .disclaimer{border:2px solid #000;padding:.5rem 1rem}</style>\n</head>\n<body>\n",
    );
    out.push_str("<header>\n<p>Samen · ");
    out.push_str(&escape(T::MadeOn.get(lang)));
    out.push(' ');
    out.push_str(&escape(date));
    out.push_str("</p>\n<h1>");
    out.push_str(&escape(&s.title));
    out.push_str("</h1>\n</header>\n<p><em>");
    out.push_str(&escape(&s.law_term));
    out.push_str("</em></p>\n<p>");
    entry_html(lang, &s.what_it_is, &mut out);
    out.push_str("</p>\n");
    for section in &s.sections {
        out.push_str("<h2>");
        out.push_str(&escape(section.title));
        out.push_str("</h2>\n");
        if let Some(intro) = section.intro {
            out.push_str("<p>");
            out.push_str(&escape(intro));
            out.push_str("</p>\n");
        }
        if section.entries.is_empty() {
            continue;
        }
        let list = if section.ordered { "ol" } else { "ul" };
        out.push_str(&format!("<{list}>\n"));
        for e in &section.entries {
            out.push_str("<li>");
            entry_html(lang, e, &mut out);
            out.push_str("</li>\n");
        }
        out.push_str(&format!("</{list}>\n"));
    }
    out.push_str("<p class=\"disclaimer\"><strong>");
    out.push_str(&escape(T::DisclaimerTitle.get(lang)));
    out.push_str(".</strong> ");
    out.push_str(&escape(s.disclaimer));
    out.push_str("</p>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape("<a href=\"x\">'t & co</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;t &amp; co&lt;/a&gt;"
        );
    }

    #[test]
    fn every_form_has_a_summary_with_steps_and_governance_defaults() {
        for form in LegalForm::ALL {
            for lang in [Lang::Nl, Lang::En] {
                let s = summary(lang, form);
                assert_eq!(s.sections.len(), 4);
                assert!(!s.sections[1].entries.is_empty(), "{form:?} has steps");
                assert_eq!(s.sections[3].entries.len(), 4, "{form:?} governance");
                let html = to_html(lang, &s, "1-2-2026");
                assert!(html.starts_with("<!doctype html>"));
                assert!(html.contains(&escape(&s.title)));
                assert!(html.contains(&escape(s.disclaimer)));
                // Catalog text has apostrophes ("'coöperatief'"): never raw in the file.
                let body = html.split("<body>").nth(1).unwrap();
                assert!(!body.contains('\''), "{form:?}: unescaped apostrophe");
            }
        }
    }

    #[test]
    fn cooperative_summary_says_notary_and_links_the_law() {
        let s = summary(Lang::Nl, LegalForm::CooperativeUa);
        assert_eq!(s.title, "Coöperatie U.A.: wat moet je regelen?");
        let html = to_html(Lang::Nl, &s, "23-11-2026");
        assert!(
            html.contains("<strong>Notaris: Verplicht</strong>"),
            "{html}"
        );
        assert!(html.contains("Gemaakt op 23-11-2026"));
        assert!(html.contains(
            "<a href=\"https://wetten.overheid.nl/jci1.3:c:BWBR0003045&amp;boek=2&amp;artikel=54\">BW 2:54 lid 1</a>"
        ));
        assert_eq!(
            file_name(LegalForm::CooperativeUa),
            "samen-oprichting-cooperative_ua.html"
        );
    }

    #[test]
    fn informal_group_has_no_statutes() {
        let s = summary(Lang::En, LegalForm::InformalGroup);
        assert!(s.sections[2].entries.is_empty());
        assert_eq!(s.sections[2].intro, Some(T::NoStatutes.get(Lang::En)));
    }
}
