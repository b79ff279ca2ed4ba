//! Citations: where a fact comes from, and a link to the official text where one exists.

use serde::Serialize;

/// A book of the Burgerlijk Wetboek that the catalog cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BwBook {
    /// Book 2: legal persons (BWBR0003045).
    Two,
    /// Book 7A: the maatschap (BWBR0006000).
    SevenA,
}

impl BwBook {
    /// The number as written in a citation: `"2"` or `"7A"`.
    pub fn label(self) -> &'static str {
        match self {
            BwBook::Two => "2",
            BwBook::SevenA => "7A",
        }
    }

    /// The identifier of the book on wetten.overheid.nl.
    pub fn bwb_id(self) -> &'static str {
        match self {
            BwBook::Two => "BWBR0003045",
            BwBook::SevenA => "BWBR0006000",
        }
    }
}

/// The source of a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Citation {
    /// An article of the Burgerlijk Wetboek, e.g. BW 2:26 lid 3.
    Bw {
        /// The book.
        book: BwBook,
        /// The article number, e.g. `"26"` or `"50a"`.
        article: &'static str,
        /// The part of the article, e.g. `"lid 3"`, if the citation is that precise.
        paragraph: Option<&'static str>,
    },
    /// Another law or decree, e.g. Woningwet art. 18a lid 1.
    Law {
        /// The name of the law or decree.
        title: &'static str,
        /// The article or section, if cited.
        article: Option<&'static str>,
    },
    /// A court decision.
    Case {
        /// Court and date, e.g. `"HR 24-04-2020"`.
        court: &'static str,
        /// The ECLI.
        ecli: &'static str,
        /// The name the case is known by, if any.
        name: Option<&'static str>,
    },
    /// A named source that is not law: a web page, practice, press.
    Source {
        /// The source as it should be shown.
        name: &'static str,
    },
}

impl Citation {
    /// The citation as shown, e.g. `"BW 2:26 lid 3"`.
    pub fn label(&self) -> String {
        match *self {
            Citation::Bw {
                book,
                article,
                paragraph,
            } => match paragraph {
                Some(p) => format!("BW {}:{} {}", book.label(), article, p),
                None => format!("BW {}:{}", book.label(), article),
            },
            Citation::Law { title, article } => match article {
                Some(a) => format!("{title}, {a}"),
                None => title.to_string(),
            },
            Citation::Case { court, ecli, name } => match name {
                Some(n) => format!("{court}, {ecli} ({n})"),
                None => format!("{court}, {ecli}"),
            },
            Citation::Source { name } => name.to_string(),
        }
    }

    /// A link to the official text of a Burgerlijk Wetboek article on wetten.overheid.nl;
    /// `None` for other sources.
    pub fn url(&self) -> Option<String> {
        match *self {
            Citation::Bw { book, article, .. } => Some(format!(
                "https://wetten.overheid.nl/jci1.3:c:{}&boek={}&artikel={}",
                book.bwb_id(),
                book.label(),
                article
            )),
            _ => None,
        }
    }
}

/// BW Book 2, whole article.
pub(crate) const fn bw2(article: &'static str) -> Citation {
    Citation::Bw {
        book: BwBook::Two,
        article,
        paragraph: None,
    }
}

/// BW Book 2, part of an article (`"lid 3"`).
pub(crate) const fn bw2p(article: &'static str, paragraph: &'static str) -> Citation {
    Citation::Bw {
        book: BwBook::Two,
        article,
        paragraph: Some(paragraph),
    }
}

/// BW Book 7A, whole article.
pub(crate) const fn bw7a(article: &'static str) -> Citation {
    Citation::Bw {
        book: BwBook::SevenA,
        article,
        paragraph: None,
    }
}

/// A named source.
pub(crate) const fn source(name: &'static str) -> Citation {
    Citation::Source { name }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bw_links_follow_the_jci_format() {
        assert_eq!(
            bw2p("26", "lid 3").url().as_deref(),
            Some("https://wetten.overheid.nl/jci1.3:c:BWBR0003045&boek=2&artikel=26")
        );
        assert_eq!(
            bw7a("1655").url().as_deref(),
            Some("https://wetten.overheid.nl/jci1.3:c:BWBR0006000&boek=7A&artikel=1655")
        );
        assert_eq!(source("kvk.nl").url(), None);
        let woningwet = Citation::Law {
            title: "Woningwet",
            article: Some("art. 18a lid 1"),
        };
        assert_eq!(woningwet.url(), None);
    }

    #[test]
    fn labels() {
        assert_eq!(bw2p("26", "lid 3").label(), "BW 2:26 lid 3");
        assert_eq!(bw2("50a").label(), "BW 2:50a");
        assert_eq!(bw7a("1679").label(), "BW 7A:1679");
        let case = Citation::Case {
            court: "HR 24-04-2020",
            ecli: "ECLI:NL:HR:2020:797",
            name: Some("Bandidos"),
        };
        assert_eq!(
            case.label(),
            "HR 24-04-2020, ECLI:NL:HR:2020:797 (Bandidos)"
        );
        let law = Citation::Law {
            title: "Woningwet",
            article: Some("art. 18a lid 1"),
        };
        assert_eq!(law.label(), "Woningwet, art. 18a lid 1");
    }
}
