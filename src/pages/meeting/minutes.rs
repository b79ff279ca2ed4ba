//! The minutes (besluitenlijst): built from the meeting and the decision log as a
//! small document model, rendered on screen (printable), as Markdown and as a
//! standalone HTML file. User text is escaped in both exports.

use super::agenda::{item_decision_type, item_title, method_words, MeetingProps};
use super::attendance::form_words;
use super::result::{entry_decided, words, Table};
use super::text::T;
use super::vote::{choice_words, kind_words};
use super::{date_words, name_of};
use crate::explain::{decision_type_words, full_rule_words, quorum_status_words};
use crate::i18n::{fill, Lang};
use crate::state::use_app;
use governance::attendance::quorum_status;
use governance::collective::log::{ChallengeBy, EntryBody};
use governance::collective::{Collective, Meeting, Subject, VoteOn};
use yew::prelude::*;

/// A block of the minutes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A section heading.
    Heading(String),
    /// A sub-heading.
    Sub(String),
    /// A paragraph (line breaks kept).
    Para(String),
    /// A result line with its class (`passed`, `rejected`, `no-quorum`, `invalid`).
    Result(&'static str, String),
    /// A bulleted list.
    List(Vec<String>),
    /// A table.
    Table(Table),
}

/// The minutes of a meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Minutes {
    /// "Notulen — ALV voorjaar".
    pub title: String,
    /// The collective's name and the date.
    pub subtitle: String,
    /// The content.
    pub blocks: Vec<Block>,
}

/// Builds the minutes of meeting `m` of `c`.
pub fn build(lang: Lang, c: &Collective, m: &Meeting) -> Minutes {
    let mut b = Vec::new();
    // Attendance.
    b.push(Block::Heading(T::Attendance.get(lang).to_string()));
    let mut present: Vec<String> = m.attendance.present().map(|id| name_of(c, id)).collect();
    present.sort();
    let t = super::turnout(c, m, governance::rules::Weighting::OneMemberOneVote);
    b.push(Block::Para(fill(
        T::MinutesPresent.get(lang),
        &[
            &present.len(),
            &t.represented.members,
            &t.entitled.unwrap_or_default().members,
        ],
    )));
    if !present.is_empty() {
        b.push(Block::List(present));
    }
    let proxies: Vec<String> = m
        .attendance
        .proxies()
        .map(|p| {
            fill(
                T::ProxyLine.get(lang),
                &[
                    &name_of(c, &p.giver),
                    &name_of(c, &p.holder),
                    &form_words(lang, p.form),
                ],
            )
        })
        .collect();
    b.push(Block::Sub(T::ProxiesTitle.get(lang).to_string()));
    if proxies.is_empty() {
        b.push(Block::Para(T::NoProxies.get(lang).to_string()));
    } else {
        b.push(Block::List(proxies));
    }
    if m.second_meeting {
        b.push(Block::Para(T::SecondMeetingNote.get(lang).to_string()));
    }
    // Decisions per agenda item.
    b.push(Block::Heading(T::Decisions.get(lang).to_string()));
    if m.agenda.is_empty() {
        b.push(Block::Para(T::EmptyAgenda.get(lang).to_string()));
    }
    for (n, item) in m.agenda.iter().enumerate() {
        let d = item_decision_type(c, item);
        b.push(Block::Sub(format!("{}. {}", n + 1, item_title(c, item))));
        let rule = c
            .rules()
            .rule(d)
            .map(|r| full_rule_words(lang, r))
            .unwrap_or_default();
        match &item.subject {
            Subject::Proposal(pid) => {
                b.push(Block::Para(format!(
                    "{}: {}",
                    decision_type_words(lang, d),
                    rule
                )));
                if let Some(p) = c.proposal(pid) {
                    if !p.text.trim().is_empty() {
                        b.push(Block::Para(p.text.clone()));
                    }
                }
            }
            Subject::Election(e) => b.push(Block::Para(fill(
                T::ElectionLine.get(lang),
                &[&e.seats, &e.candidates.len(), &method_words(lang, e.method)],
            ))),
        }
        let entries: Vec<_> = c
            .log()
            .entries()
            .iter()
            .filter(|e| e.meeting == m.id && e.item == item.id)
            .collect();
        if entries.is_empty() {
            b.push(Block::Para(T::NotVotedMinutes.get(lang).to_string()));
        }
        for e in entries {
            let on = match &e.body {
                EntryBody::Motion(x) => match &x.on {
                    VoteOn::Main => T::MainQuestion.get(lang).to_string(),
                    VoteOn::Amendment(a) => {
                        let title = match &item.subject {
                            Subject::Proposal(pid) => c
                                .proposal(pid)
                                .and_then(|p| p.amendments.iter().find(|x| &x.id == a))
                                .map_or_else(|| a.clone(), |x| x.title.clone()),
                            Subject::Election(_) => a.clone(),
                        };
                        fill(T::AmendmentMinutes.get(lang), &[&title])
                    }
                },
                _ => String::new(),
            };
            match &e.body {
                EntryBody::Motion(x) => {
                    let mut line = format!("{on} — {}", kind_words(lang, x.kind));
                    if x.revote_of.is_some() {
                        line.push_str(" · ");
                        line.push_str(T::Revote.get(lang));
                    }
                    b.push(Block::Para(line));
                    let (q, _) = quorum_status_words(
                        lang,
                        &quorum_status(&x.rule, &x.turnout, Some(&x.votes)),
                    );
                    if let Some(dd) = entry_decided(e) {
                        let w = words(lang, &dd, &[]);
                        b.push(Block::Result(w.class, w.headline));
                        let mut details = w.details;
                        details.push(q);
                        if !x.roll_call.is_empty() {
                            details.push(
                                x.roll_call
                                    .iter()
                                    .map(|l| {
                                        format!(
                                            "{}: {}",
                                            name_of(c, &l.member),
                                            choice_words(lang, l.choice)
                                        )
                                    })
                                    .collect::<Vec<_>>()
                                    .join("; "),
                            );
                        }
                        b.push(Block::List(details));
                    }
                    if x.declared_by_chair {
                        b.push(Block::Para(fill(T::DeclaredMinutes.get(lang), &[&e.seq])));
                    }
                }
                EntryBody::Election(x) => {
                    if let Some(dd) = entry_decided(e) {
                        let w = words(lang, &dd, &x.candidates);
                        b.push(Block::Result(w.class, w.headline));
                        if !w.details.is_empty() {
                            b.push(Block::List(w.details));
                        }
                        for t in w.tables {
                            b.push(Block::Table(t));
                        }
                    }
                    if x.declared_by_chair {
                        b.push(Block::Para(fill(T::DeclaredMinutes.get(lang), &[&e.seq])));
                    }
                }
                EntryBody::Challenge(ch) => {
                    let by = match &ch.by {
                        ChallengeBy::Majority => T::ByMajority.get(lang).to_string(),
                        ChallengeBy::Voter(id) => name_of(c, id),
                    };
                    b.push(Block::Result(
                        "no-quorum",
                        fill(T::ChallengeMinutes.get(lang), &[&ch.entry, &by]),
                    ));
                }
            }
        }
    }
    b.push(Block::Para(T::MinutesFooter.get(lang).to_string()));
    Minutes {
        title: fill(T::MinutesTitle.get(lang), &[&m.title]),
        subtitle: format!("{} · {}", c.name(), date_words(lang, m)),
        blocks: b,
    }
}

/// Escapes text for Markdown: every character with a meaning is backslashed, and
/// line starts that would make a heading, list or quote are neutralised.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for ch in s.chars() {
        if matches!(
            ch,
            '\\' | '`'
                | '*'
                | '_'
                | '{'
                | '}'
                | '['
                | ']'
                | '('
                | ')'
                | '#'
                | '+'
                | '-'
                | '.'
                | '!'
                | '|'
                | '<'
                | '>'
                | '&'
                | '~'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for ch in s.chars() {
        match ch {
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

/// The minutes as Markdown.
pub fn to_markdown(m: &Minutes) -> String {
    let mut out = format!(
        "# {}\n\n{}\n\n",
        md_escape(&m.title),
        md_escape(&m.subtitle)
    );
    let para = |s: &str| s.lines().map(md_escape).collect::<Vec<_>>().join("  \n");
    for b in &m.blocks {
        match b {
            Block::Heading(h) => out.push_str(&format!("## {}\n\n", md_escape(h))),
            Block::Sub(h) => out.push_str(&format!("### {}\n\n", md_escape(h))),
            Block::Para(p) => out.push_str(&format!("{}\n\n", para(p))),
            Block::Result(_, r) => out.push_str(&format!("**{}**\n\n", md_escape(r))),
            Block::List(items) => {
                for i in items {
                    out.push_str(&format!("- {}\n", para(i)));
                }
                out.push('\n');
            }
            Block::Table(t) => {
                out.push_str(&format!("{}\n\n", md_escape(&t.caption)));
                let row = |cells: &[String]| {
                    format!(
                        "| {} |\n",
                        cells
                            .iter()
                            .map(|c| md_escape(c))
                            .collect::<Vec<_>>()
                            .join(" | ")
                    )
                };
                out.push_str(&row(&t.head));
                out.push_str(&format!("|{}\n", " --- |".repeat(t.head.len())));
                for r in &t.rows {
                    out.push_str(&row(r));
                }
                out.push('\n');
            }
        }
    }
    out
}

/// The minutes as a standalone HTML document (inline print styles, no scripts).
pub fn to_html(m: &Minutes, lang: Lang) -> String {
    let mut body = String::new();
    let para = |s: &str| s.lines().map(html_escape).collect::<Vec<_>>().join("<br>");
    for b in &m.blocks {
        match b {
            Block::Heading(h) => body.push_str(&format!("<h2>{}</h2>\n", html_escape(h))),
            Block::Sub(h) => body.push_str(&format!("<h3>{}</h3>\n", html_escape(h))),
            Block::Para(p) => body.push_str(&format!("<p>{}</p>\n", para(p))),
            Block::Result(class, r) => body.push_str(&format!(
                "<p class=\"result {class}\"><strong>{}</strong></p>\n",
                html_escape(r)
            )),
            Block::List(items) => {
                body.push_str("<ul>\n");
                for i in items {
                    body.push_str(&format!("<li>{}</li>\n", para(i)));
                }
                body.push_str("</ul>\n");
            }
            Block::Table(t) => {
                body.push_str(&format!(
                    "<table>\n<caption>{}</caption>\n<thead><tr>",
                    html_escape(&t.caption)
                ));
                for h in &t.head {
                    body.push_str(&format!("<th scope=\"col\">{}</th>", html_escape(h)));
                }
                body.push_str("</tr></thead>\n<tbody>\n");
                for r in &t.rows {
                    body.push_str("<tr>");
                    for (i, cell) in r.iter().enumerate() {
                        if i == 0 {
                            body.push_str(&format!("<th scope=\"row\">{}</th>", html_escape(cell)));
                        } else {
                            body.push_str(&format!("<td>{}</td>", html_escape(cell)));
                        }
                    }
                    body.push_str("</tr>\n");
                }
                body.push_str("</tbody>\n</table>\n");
            }
        }
    }
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\nbody{{font-family:system-ui,sans-serif;line-height:1.5;color:#000;max-width:50rem;margin:2rem auto;padding:0 1rem}}\ntable{{border-collapse:collapse;margin:1rem 0}}th,td{{border:1px solid #666;padding:.25rem .5rem;text-align:left}}\n.passed{{color:#1b6e2d}}.rejected{{color:#a1262a}}.no-quorum,.invalid{{color:#7a4f00}}\n</style>\n</head>\n<body>\n<h1>{}</h1>\n<p>{}</p>\n{}</body>\n</html>\n",
        lang.code(),
        html_escape(&m.title),
        html_escape(&m.title),
        html_escape(&m.subtitle),
        body
    )
}

/// The minutes on screen (and on paper: print styles hide everything else).
pub fn render(m: &Minutes) -> Html {
    let blocks = m.blocks.iter().map(|b| match b {
        Block::Heading(h) => html! { <h2>{ h }</h2> },
        Block::Sub(h) => html! { <h3>{ h }</h3> },
        Block::Para(p) => html! { <p class="plain-text">{ p }</p> },
        Block::Result(class, r) => html! { <p class={classes!("result-headline", "result-line", *class)}>{ r }</p> },
        Block::List(items) => html! { <ul>{ for items.iter().map(|i| html! { <li class="plain-text">{ i }</li> }) }</ul> },
        Block::Table(t) => super::result::table_html(t),
    });
    html! {
        <article class="minutes">
            <header class="print-header">
                <p class="print-name">{ &m.subtitle }</p>
            </header>
            <h1 tabindex="-1">{ &m.title }</h1>
            <p class="lead">{ &m.subtitle }</p>
            { for blocks }
        </article>
    }
}

/// The minutes page: print, export as Markdown or HTML.
#[function_component(MinutesPage)]
pub fn minutes_page(props: &MeetingProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(c) = app.workspace.collective() else {
        return html! {};
    };
    let Some(m) = c.meeting(&props.meeting) else {
        return html! {};
    };
    let minutes = build(lang, c, m);
    let base = format!("{}-{}-notulen", crate::fileio::safe_name(c.name()), m.date);
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let md = {
        let (text, name) = (to_markdown(&minutes), format!("{base}.md"));
        Callback::from(move |_| {
            let _ = crate::fileio::download(&name, "text/markdown", &text);
        })
    };
    let html_export = {
        let (text, name) = (to_html(&minutes, lang), format!("{base}.html"));
        Callback::from(move |_| {
            let _ = crate::fileio::download(&name, "text/html", &text);
        })
    };
    html! {
        <section>
            <div class="actions no-print minutes-actions">
                <button type="button" onclick={print}>{ T::Print.get(lang) }</button>
                <button type="button" class="secondary" onclick={md}>{ T::ExportMarkdown.get(lang) }</button>
                <button type="button" class="secondary" onclick={html_export}>{ T::ExportHtml.get(lang) }</button>
            </div>
            { render(&minutes) }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Minutes {
        Minutes {
            title: "Notulen <ALV> & \"meer\"".into(),
            subtitle: "Coöp *Zuid* · 1 maart 2025".into(),
            blocks: vec![
                Block::Heading("Besluiten".into()),
                Block::Para("# geen kop\n- geen lijst\n<script>alert(1)</script>".into()),
                Block::Result("passed", "✔ Aangenomen".into()),
                Block::List(vec!["[link](javascript:x)".into()]),
                Block::Table(Table {
                    caption: "Ronde | 1".into(),
                    head: vec!["Kandidaat".into(), "Stadium 1".into()],
                    rows: vec![vec!["A|B".into(), "7.66664".into()]],
                }),
            ],
        }
    }

    #[test]
    fn html_escapes_everything_the_user_typed() {
        let h = to_html(&sample(), Lang::Nl);
        assert!(!h.contains("<script>"), "{h}");
        assert!(h.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(h.contains("<title>Notulen &lt;ALV&gt; &amp; &quot;meer&quot;</title>"));
        assert!(h.contains("# geen kop<br>- geen lijst"));
        assert!(h.contains("<p class=\"result passed\"><strong>✔ Aangenomen</strong></p>"));
        assert!(h.contains("<th scope=\"row\">A|B</th><td>7.66664</td>"));
        assert!(h.starts_with("<!doctype html>\n<html lang=\"nl\">"));
    }

    #[test]
    fn markdown_escapes_syntax_and_keeps_line_breaks() {
        let md = to_markdown(&sample());
        assert!(
            md.starts_with(
                "# Notulen \\<ALV\\> \\& \"meer\"\n\nCoöp \\*Zuid\\* · 1 maart 2025\n\n"
            ),
            "{md}"
        );
        assert!(
            md.contains(
                "\\# geen kop  \n\\- geen lijst  \n\\<script\\>alert\\(1\\)\\</script\\>\n\n"
            ),
            "{md}"
        );
        assert!(md.contains("**✔ Aangenomen**"));
        assert!(md.contains("- \\[link\\]\\(javascript:x\\)\n"));
        assert!(md.contains("| A\\|B | 7\\.66664 |\n"), "{md}");
        assert!(md.contains("| --- | --- |\n"));
    }

    /// §J example 1 through the core, then the minutes: attendance, proxies, the
    /// rule, the counts and the result with its explanation, in both languages.
    #[test]
    fn minutes_of_a_statute_amendment() {
        use governance::attendance::{Proxy, ProxyForm};
        use governance::collective::{
            AgendaItem, Date, Member, Proposal, Subject, VoteCounts, VoteKind, VoteOn,
        };
        use governance::legal::LegalForm;
        use governance::rules::DecisionType;

        let mut c = Collective::new("Coöp <Zuid>", LegalForm::VerenigingFull).unwrap();
        for i in 1..=12 {
            c.add_member(Member::new(format!("m{i}"), format!("Lid {i:02}")))
                .unwrap();
        }
        c.add_proposal(Proposal {
            id: "p1".into(),
            title: "Statuten *art. 5*".into(),
            text: "Nieuwe tekst\nregel twee".into(),
            decision_type: DecisionType::StatuteAmendment,
            amendments: Vec::new(),
        })
        .unwrap();
        let mut m = Meeting::new("v1", "ALV", Date::parse("2026-03-14").unwrap());
        m.agenda.push(AgendaItem {
            id: "a1".into(),
            subject: Subject::Proposal("p1".into()),
            votes: Vec::new(),
        });
        c.add_meeting(m).unwrap();
        for i in 1..=10 {
            c.check_in("v1", &format!("m{i}")).unwrap();
        }
        for (giver, holder) in [("m11", "m1"), ("m12", "m2")] {
            let proxy = Proxy {
                giver: giver.into(),
                holder: holder.into(),
                form: ProxyForm::Written,
            };
            c.grant_proxy("v1", proxy).unwrap();
        }
        let n = c
            .open_vote("v1", "a1", VoteOn::Main, VoteKind::Open)
            .unwrap();
        let counts = VoteCounts {
            yes: 6,
            no: 3,
            abstain: 1,
            ..VoteCounts::default()
        };
        c.record_open_count("v1", "a1", n, counts).unwrap();
        c.decide_vote("v1", "a1", n, true).unwrap();

        let minutes = build(Lang::Nl, &c, c.meeting("v1").unwrap());
        assert_eq!(minutes.title, "Notulen — ALV");
        assert_eq!(minutes.subtitle, "Coöp <Zuid> · 14 maart 2026");
        let md = to_markdown(&minutes);
        assert!(
            md.contains(
                "Aanwezig: 10 leden\\. Met volmacht vertegenwoordigd: 2\\. Aantal leden: 12\\."
            ),
            "{md}"
        );
        assert!(
            md.contains("- Lid 11 stemt via Lid 01 \\(schriftelijk\\)"),
            "{md}"
        );
        assert!(md.contains("### 1\\. Statuten \\*art\\. 5\\*"), "{md}");
        assert!(md.contains("Nieuwe tekst  \nregel twee"), "{md}");
        assert!(md.contains("**✔ Aangenomen**"), "{md}");
        assert!(md.contains("6 stemmen voor van de 9 uitgebrachte stemmen; nodig was minstens 6 \\(ten minste twee derde van de uitgebrachte stemmen\\)\\."), "{md}");
        assert!(md.contains("besluitenlog nr\\. 1"), "{md}");
        let html = to_html(&minutes, Lang::Nl);
        assert!(
            html.contains("<p>Coöp &lt;Zuid&gt; · 14 maart 2026</p>"),
            "{html}"
        );
        let en = to_markdown(&build(Lang::En, &c, c.meeting("v1").unwrap()));
        assert!(en.contains("**✔ Passed**"), "{en}");
        assert!(
            en.contains("6 votes for out of 9 votes cast; at least 6 were needed"),
            "{en}"
        );
    }

    #[test]
    fn escapes_are_plain_for_plain_text() {
        assert_eq!(html_escape("Anna de Vries"), "Anna de Vries");
        assert_eq!(md_escape("Anna de Vries"), "Anna de Vries");
        assert_eq!(html_escape("a'b"), "a&#39;b");
    }
}
