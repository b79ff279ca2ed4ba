//! Members from a CSV file: `name;email;weight` or comma-separated.
//!
//! - Separator: `;` or `,`, whichever first occurs outside quotes (a file with
//!   neither has one column).
//! - Header: optional. A first line with a field `name` or `naam` (any case) is
//!   a header; its columns may then come in any order and be named
//!   `name`/`naam`, `email`/`e-mail`/`mail`/`emailadres`/`e-mailadres`,
//!   `weight`/`gewicht`/`stemmen`/`votes`. An unknown column name is an error on
//!   line 1 and the column is skipped.
//! - Without a header the columns are name, email, weight. E-mail and weight are
//!   optional; empty fields are allowed; empty fields after the last column are
//!   ignored, any other extra field is an error.
//! - Fields may be quoted with `"`; inside quotes `""` is a `"` and separators
//!   are text. A quote must close on its own line (member data has no line
//!   breaks). Spaces around fields are trimmed.
//! - A byte-order mark at the start is ignored; lines end in LF or CRLF; empty
//!   lines (also lines of only separators) are skipped.
//!
//! Every bad line gets its own error with its line number, and the good lines are
//! returned too: the app imports nothing while there are errors, unless the user
//! accepts the good lines.

use super::member::{check_email, check_name, MemberProblem};
use std::collections::HashMap;
use std::fmt;

/// A member read from a CSV line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvMember {
    /// Line number (1-based).
    pub line: usize,
    /// Name, trimmed.
    pub name: String,
    /// E-mail address, if given.
    pub email: Option<String>,
    /// Votes, if given (≥ 1).
    pub weight: Option<u64>,
}

/// What is wrong with a CSV line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    /// The name is empty.
    EmptyName,
    /// The name or e-mail address holds a control character.
    ControlCharacter,
    /// The name or e-mail address is too long.
    TooLong,
    /// The e-mail address is not of the form `local@domain`.
    BadEmail(String),
    /// The weight is not a positive whole number.
    BadWeight(String),
    /// More fields than columns.
    TooManyFields {
        /// Fields found (not counting empty ones at the end).
        found: usize,
        /// Columns expected.
        expected: usize,
    },
    /// A quote is not closed on this line.
    UnclosedQuote,
    /// Text after a closing quote, before the separator.
    TextAfterQuote,
    /// A header column with a name this reader does not know.
    UnknownColumn(String),
    /// A header column named twice.
    DuplicateColumn(String),
    /// The same name and e-mail address as an earlier line.
    Duplicate {
        /// The earlier line.
        first_line: usize,
    },
}

impl fmt::Display for CsvProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CsvProblem::EmptyName => write!(f, "the name is empty"),
            CsvProblem::ControlCharacter => write!(f, "a field holds a control character"),
            CsvProblem::TooLong => write!(f, "a field is too long"),
            CsvProblem::BadEmail(e) => write!(f, "'{e}' is not an e-mail address"),
            CsvProblem::BadWeight(w) => write!(f, "weight '{w}' is not a positive whole number"),
            CsvProblem::TooManyFields { found, expected } => {
                write!(f, "{found} fields, at most {expected} expected")
            }
            CsvProblem::UnclosedQuote => write!(f, "a quote is not closed on this line"),
            CsvProblem::TextAfterQuote => write!(f, "text after a closing quote"),
            CsvProblem::UnknownColumn(c) => write!(f, "unknown column '{c}'"),
            CsvProblem::DuplicateColumn(c) => write!(f, "column '{c}' appears twice"),
            CsvProblem::Duplicate { first_line } => {
                write!(f, "same name and e-mail address as line {first_line}")
            }
        }
    }
}

/// A bad line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvLineError {
    /// Line number (1-based).
    pub line: usize,
    /// What is wrong ([`fmt::Display`] gives an English message; the app renders
    /// its own).
    pub problem: CsvProblem,
}

/// The result of reading a CSV file: the good lines and an error per bad line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CsvImport {
    /// Members from the good lines, in file order.
    pub good: Vec<CsvMember>,
    /// One error per bad line, in file order.
    pub errors: Vec<CsvLineError>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Name,
    Email,
    Weight,
    Skip,
}

fn column_of(header: &str) -> Option<Column> {
    match header.trim().to_lowercase().as_str() {
        "name" | "naam" => Some(Column::Name),
        "email" | "e-mail" | "mail" | "emailadres" | "e-mailadres" => Some(Column::Email),
        "weight" | "gewicht" | "stemmen" | "votes" => Some(Column::Weight),
        _ => None,
    }
}

/// Splits one line into fields.
fn split(line: &str, sep: Option<char>) -> Result<Vec<String>, CsvProblem> {
    let mut fields = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.peek().is_some_and(|&c| c == ' ' || c == '\t') {
            chars.next();
        }
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    None => return Err(CsvProblem::UnclosedQuote),
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                }
            }
            while chars.peek().is_some_and(|&c| c == ' ' || c == '\t') {
                chars.next();
            }
            match chars.next() {
                None => {
                    fields.push(field);
                    return Ok(fields);
                }
                Some(c) if Some(c) == sep => {}
                Some(_) => return Err(CsvProblem::TextAfterQuote),
            }
        } else {
            loop {
                match chars.next() {
                    None => {
                        fields.push(field.trim().to_string());
                        return Ok(fields);
                    }
                    Some(c) if Some(c) == sep => break,
                    Some(c) => field.push(c),
                }
            }
            field = field.trim().to_string();
        }
        fields.push(field);
    }
}

/// The separator: `;` or `,`, whichever first occurs outside quotes.
fn detect_separator(text: &str) -> Option<char> {
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' => quoted = false,
            ';' | ',' if !quoted => return Some(c),
            _ => {}
        }
    }
    None
}

/// A key that is equal for the same person: name with case and inner spaces
/// folded, e-mail address in lower case.
pub(crate) fn person_key(name: &str, email: Option<&str>) -> (String, Option<String>) {
    let name = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    (name, email.map(|e| e.trim().to_lowercase()))
}

fn member_problem(p: MemberProblem, email: &str) -> CsvProblem {
    match p {
        MemberProblem::EmptyName => CsvProblem::EmptyName,
        MemberProblem::ControlCharacter => CsvProblem::ControlCharacter,
        MemberProblem::TooLong => CsvProblem::TooLong,
        _ => CsvProblem::BadEmail(email.to_string()),
    }
}

fn parse_weight(w: &str) -> Result<Option<u64>, CsvProblem> {
    if w.is_empty() {
        return Ok(None);
    }
    let bad = || CsvProblem::BadWeight(w.to_string());
    if !w.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    match w.parse::<u64>() {
        Ok(0) | Err(_) => Err(bad()),
        Ok(n) => Ok(Some(n)),
    }
}

/// Reads members from CSV text (see the [module documentation](self)).
pub fn parse_members_csv(text: &str) -> CsvImport {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let sep = detect_separator(text);
    let mut out = CsvImport::default();
    let mut columns = vec![Column::Name, Column::Email, Column::Weight];
    let mut seen: HashMap<(String, Option<String>), usize> = HashMap::new();
    let mut first = true;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let mut error = |problem| out.errors.push(CsvLineError { line, problem });
        let fields = match split(raw, sep) {
            Ok(f) => f,
            Err(p) => {
                first = false;
                error(p);
                continue;
            }
        };
        if fields.iter().all(String::is_empty) {
            continue;
        }
        let is_header =
            std::mem::take(&mut first) && fields.iter().any(|f| column_of(f) == Some(Column::Name));
        if is_header {
            columns.clear();
            let mut problem = None;
            for f in &fields {
                let c = match column_of(f) {
                    Some(c) if columns.contains(&c) => {
                        problem.get_or_insert(CsvProblem::DuplicateColumn(f.clone()));
                        Column::Skip
                    }
                    Some(c) => c,
                    None if f.is_empty() => Column::Skip,
                    None => {
                        problem.get_or_insert(CsvProblem::UnknownColumn(f.clone()));
                        Column::Skip
                    }
                };
                columns.push(c);
            }
            if let Some(p) = problem {
                error(p);
            }
            continue;
        }
        let last = fields
            .iter()
            .rposition(|f| !f.is_empty())
            .map_or(0, |p| p + 1);
        if last > columns.len() {
            error(CsvProblem::TooManyFields {
                found: last,
                expected: columns.iter().filter(|c| **c != Column::Skip).count(),
            });
            continue;
        }
        let get = |col: Column| {
            columns
                .iter()
                .position(|c| *c == col)
                .and_then(|i| fields.get(i))
                .map_or("", String::as_str)
        };
        let (name, email, weight) = (get(Column::Name), get(Column::Email), get(Column::Weight));
        if let Err(p) = check_name(name) {
            error(member_problem(p, email));
            continue;
        }
        if !email.is_empty() {
            if let Err(p) = check_email(email) {
                error(member_problem(p, email));
                continue;
            }
        }
        let weight = match parse_weight(weight) {
            Ok(w) => w,
            Err(p) => {
                error(p);
                continue;
            }
        };
        let email = (!email.is_empty()).then(|| email.to_string());
        let key = person_key(name, email.as_deref());
        if let Some(&first_line) = seen.get(&key) {
            error(CsvProblem::Duplicate { first_line });
            continue;
        }
        seen.insert(key, line);
        out.good.push(CsvMember {
            line,
            name: name.to_string(),
            email,
            weight,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(csv, expected)`: each good line as `line:name|email|weight`, each error
    /// as `line! message`.
    fn check(csv: &str, expected: &[&str]) {
        let got = parse_members_csv(csv);
        let mut lines: Vec<(usize, String)> = got
            .good
            .iter()
            .map(|m| {
                (
                    m.line,
                    format!(
                        "{}:{}|{}|{}",
                        m.line,
                        m.name,
                        m.email.as_deref().unwrap_or(""),
                        m.weight.map(|w| w.to_string()).unwrap_or_default()
                    ),
                )
            })
            .chain(
                got.errors
                    .iter()
                    .map(|e| (e.line, format!("{}! {}", e.line, e.problem))),
            )
            .collect();
        lines.sort_by_key(|l| l.0);
        let lines: Vec<String> = lines.into_iter().map(|l| l.1).collect();
        assert_eq!(lines, expected, "{csv:?}");
    }

    #[test]
    fn semicolons_with_header_and_bom() {
        check(
            "\u{feff}naam;email;gewicht\r\nAns de Vries;ans@voorbeeld.nl;2\r\nBob;;\r\n",
            &["2:Ans de Vries|ans@voorbeeld.nl|2", "3:Bob||"],
        );
    }

    #[test]
    fn commas_without_header_and_quotes() {
        check(
            "\"Jansen, Piet\",piet@x.nl\n\"Zeg \"\"Ome\"\" Kees\",,3\nEva\n",
            &[
                "1:Jansen, Piet|piet@x.nl|",
                "2:Zeg \"Ome\" Kees||3",
                "3:Eva||",
            ],
        );
    }

    #[test]
    fn header_columns_in_any_order() {
        check("E-mail,Name\nans@x.nl,Ans\n", &["2:Ans|ans@x.nl|"]);
        check(
            "Name,E-mail,Stemmen\nAns,ans@x.nl,4\n",
            &["2:Ans|ans@x.nl|4"],
        );
        check(
            "naam;telefoon\nAns;0612345678\n",
            &["1! unknown column 'telefoon'", "2:Ans||"],
        );
    }

    #[test]
    fn one_error_per_bad_line() {
        check(
            "Ans;ans@x.nl;1\n;bob@x.nl\nCor;cor;1\nDirk;;0\nEva;;1.5\nFem;;-2\nGijs;a@b.nl;1;extra\n\"Hans;;1\n\"Ida\"x;;\nans ;ANS@x.nl;\n;;\n\nJan;;1;;\n",
            &[
                "1:Ans|ans@x.nl|1",
                "2! the name is empty",
                "3! 'cor' is not an e-mail address",
                "4! weight '0' is not a positive whole number",
                "5! weight '1.5' is not a positive whole number",
                "6! weight '-2' is not a positive whole number",
                "7! 4 fields, at most 3 expected",
                "8! a quote is not closed on this line",
                "9! text after a closing quote",
                "10! same name and e-mail address as line 1",
                "13:Jan||1",
            ],
        );
        check(
            "Ans;;99999999999999999999\nBob\u{7}\n",
            &[
                "1! weight '99999999999999999999' is not a positive whole number",
                "2! a field holds a control character",
            ],
        );
    }

    #[test]
    fn empty_and_odd_input_never_panics() {
        check("", &[]);
        check("\u{feff}", &[]);
        check("\"", &["1! a quote is not closed on this line"]);
        check("name\n", &[]);
        check("\n\n,,,\n", &[]);
        check("é;😀@x.nl;1", &["1:é|😀@x.nl|1"]);
        check(
            "Bob;bob@x..nl\nBo b;b@x.nl;\u{a0}",
            &["1:Bob|bob@x..nl|", "2:Bo b|b@x.nl|"],
        );
    }
}
