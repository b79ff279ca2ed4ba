//! The BLT ballot file format (`counting-methods.md` §10): parser and writer.
//!
//! ```text
//! 4 2            # 4 candidates, 2 seats
//! -3             # withdrawn candidates (or: [withdrawn 3])
//! 3 1 2 0        # weight, preferences (1-based), 0
//! (b17) 2 4 0    # a ballot id instead of the weight: weight 1
//! 0              # end of the ballots
//! "Anna" "Bert" "Cees" "Dirk"
//! "Board election 2025"
//! ```
//!
//! Accepted beyond the bare format: `#` comments to the end of the line and
//! `/* … */` comments (both outside quotes), blank lines, CRLF line ends, a leading
//! byte-order mark, `(id)` ballot ids (weight 1), the `[withdrawn 2 6]` option,
//! `""` inside a quoted string as a literal `"`, and extra quoted strings after the
//! title (ignored). Names and the title are kept verbatim, never trimmed: a name may
//! end in a space. A quoted string must close on the line where it opens.
//!
//! Choices of this parser (stricter than some other readers):
//! - a candidate ranked twice on one ballot line is an **error** ("candidate 3 ranked
//!   twice"), not silently reduced to its first occurrence as §10 suggests: a
//!   repeated number in an upload is more likely a data error than a deliberate ballot;
//! - a candidate withdrawn twice is an error;
//! - every ballot line must end with `0` on the same line, and a ballot may not span
//!   lines;
//! - the header (candidates, seats) must be two positive integers on one line; more
//!   seats than candidates is allowed (all candidates are then elected);
//! - equal rankings (`1=2`) are rejected: no counting method here defines them;
//! - options other than `[withdrawn …]` are rejected, and options and withdrawn
//!   candidates must come before the first ballot;
//! - the total weight of all ballots must fit in a `u64`.
//!
//! Positions in errors are 1-based; columns count characters (not bytes), and a
//! leading byte-order mark is not counted.

use crate::ballot::{CandidateId, Election, RankedBallot};
use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

/// Why a BLT file could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BltError {
    /// Line of the problem (1-based).
    pub line: usize,
    /// Column of the problem (1-based, in characters).
    pub column: usize,
    /// What is wrong.
    pub kind: BltErrorKind,
}

/// What is wrong with a BLT file. Each kind has its own message ([`fmt::Display`]).
///
/// Fields named `found` hold the offending text as written in the file (shortened
/// when very long).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BltErrorKind {
    /// The file holds nothing but whitespace and comments.
    Empty,
    /// The file is not valid UTF-8 (the position is that of the first bad byte).
    InvalidUtf8,
    /// The file does not start with a number.
    MissingHeader {
        /// What was found instead.
        found: String,
    },
    /// The first line is not two positive integers (candidates, seats).
    BadHeader,
    /// The header announces zero candidates.
    NoCandidates,
    /// The header announces zero seats.
    NoSeats,
    /// An option in `[…]` other than `withdrawn`.
    UnknownOption {
        /// The option name.
        found: String,
    },
    /// An option whose `]` is missing on its line.
    UnterminatedOption,
    /// An option after the first ballot.
    MisplacedOption,
    /// A withdrawn candidate number that is 0 or above the number of candidates.
    WithdrawnOutOfRange {
        /// The number as written.
        found: String,
        /// Number of candidates in the header.
        candidates: usize,
    },
    /// The same candidate withdrawn twice.
    WithdrawnTwice {
        /// The candidate (1-based, as in the file).
        candidate: usize,
    },
    /// A text where a number was expected.
    ExpectedNumber {
        /// What was found instead.
        found: String,
    },
    /// A number too large to be read.
    NumberTooLarge {
        /// The number as written.
        found: String,
    },
    /// A ballot line whose weight is 0 (a line holding only `0` ends the ballots).
    ZeroWeight,
    /// A ballot line whose weight is negative (after the first ballot).
    NegativeWeight {
        /// The weight as written.
        found: String,
    },
    /// A `(` ballot id without its closing `)`.
    BadBallotId {
        /// The id as written.
        found: String,
    },
    /// A candidate number on a ballot above the number of candidates, or negative.
    CandidateOutOfRange {
        /// The number as written.
        found: String,
        /// Number of candidates in the header.
        candidates: usize,
    },
    /// More follows on a ballot line after the `0` that ends it: a preference 0.
    CandidateZero,
    /// Something other than a number after the `0` that ends a ballot line.
    TextAfterBallot {
        /// What follows the `0`.
        found: String,
    },
    /// A candidate ranked twice on one ballot line.
    RankedTwice {
        /// The candidate (1-based, as in the file).
        candidate: usize,
    },
    /// Equal rankings (`1=2`), which these counting methods do not support.
    EqualRanking {
        /// The token as written.
        found: String,
    },
    /// A ballot line that does not end with `0`.
    MissingBallotEnd,
    /// A quoted name where a ballot was expected: the `0` line ending the ballots is missing.
    NameAmongBallots,
    /// The file ends before the `0` line that ends the ballots.
    MissingBallotsEnd,
    /// The total weight of the ballots does not fit in 64 bits.
    TooManyBallots,
    /// The file ends before every candidate has a name.
    MissingNames {
        /// Names found.
        found: usize,
        /// Names needed (the number of candidates).
        expected: usize,
    },
    /// Something other than a quoted name where a candidate name was expected.
    ExpectedName {
        /// Number (1-based) of the candidate whose name was expected.
        candidate: usize,
        /// What was found instead.
        found: String,
    },
    /// The file ends right after the candidate names: no title.
    MissingTitle,
    /// Something other than a quoted title after the candidate names.
    ExpectedTitle {
        /// What was found instead.
        found: String,
    },
    /// A quoted string that does not close on its line.
    UnterminatedQuote,
    /// A `/*` comment without `*/`.
    UnterminatedComment,
    /// Something other than a quoted string after the title.
    TrailingGarbage {
        /// What was found.
        found: String,
    },
}

impl fmt::Display for BltErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use BltErrorKind::*;
        match self {
            Empty => write!(f, "the file is empty: expected a BLT ballot file"),
            InvalidUtf8 => write!(f, "the file is not valid UTF-8 text (save it as UTF-8)"),
            MissingHeader { found } => write!(
                f,
                "expected the header (number of candidates and number of seats), found `{found}`"
            ),
            BadHeader => write!(
                f,
                "the first line must hold two positive whole numbers: the number of \
                 candidates and the number of seats"
            ),
            NoCandidates => write!(f, "the header says there are 0 candidates"),
            NoSeats => write!(f, "the header says there are 0 seats to fill"),
            UnknownOption { found } => write!(
                f,
                "unknown option `[{found}]`: only `[withdrawn …]` is supported"
            ),
            UnterminatedOption => write!(f, "option without closing `]` on its line"),
            MisplacedOption => write!(
                f,
                "options such as `[withdrawn …]` must come before the first ballot"
            ),
            WithdrawnOutOfRange { found, candidates } => write!(
                f,
                "cannot withdraw candidate {found}: candidates are numbered 1 to {candidates}"
            ),
            WithdrawnTwice { candidate } => {
                write!(f, "candidate {candidate} is withdrawn twice")
            }
            ExpectedNumber { found } => write!(f, "expected a number, found `{found}`"),
            NumberTooLarge { found } => write!(f, "the number {found} is too large"),
            ZeroWeight => write!(
                f,
                "ballot weight 0: a ballot line must start with a weight of at least 1 \
                 (a line holding only 0 ends the ballots)"
            ),
            NegativeWeight { found } => write!(
                f,
                "negative ballot weight {found} (withdrawn candidates must be listed \
                 before the first ballot)"
            ),
            BadBallotId { found } => {
                write!(f, "ballot id `{found}` lacks its closing `)`")
            }
            CandidateOutOfRange { found, candidates } => write!(
                f,
                "candidate {found} does not exist: candidates are numbered 1 to {candidates}"
            ),
            CandidateZero => write!(
                f,
                "candidate 0 does not exist: candidates are numbered from 1, and 0 ends \
                 a ballot line"
            ),
            TextAfterBallot { found } => write!(
                f,
                "unexpected `{found}` after the 0 that ends this ballot line"
            ),
            RankedTwice { candidate } => write!(f, "candidate {candidate} ranked twice"),
            EqualRanking { found } => write!(
                f,
                "equal rankings (`{found}`) are not supported: rank candidates one \
                 after another"
            ),
            MissingBallotEnd => write!(f, "ballot line does not end with 0"),
            NameAmongBallots => write!(
                f,
                "found a quoted name among the ballots: the ballots must end with a \
                 line holding only 0"
            ),
            MissingBallotsEnd => write!(
                f,
                "the file ends among the ballots: expected a line holding only 0, \
                 then the candidate names and the title"
            ),
            TooManyBallots => write!(
                f,
                "the ballot weights add up to more than 18446744073709551615"
            ),
            MissingNames { found, expected } => write!(
                f,
                "missing candidate names: found {found}, expected {expected}"
            ),
            ExpectedName { candidate, found } => write!(
                f,
                "expected the name of candidate {candidate} in double quotes, found `{found}`"
            ),
            MissingTitle => write!(
                f,
                "missing title: expected a quoted title after the candidate names \
                 (if the title is there, a candidate name is missing)"
            ),
            ExpectedTitle { found } => {
                write!(f, "expected the title in double quotes, found `{found}`")
            }
            UnterminatedQuote => write!(f, "quoted text does not close on this line"),
            UnterminatedComment => write!(f, "comment `/*` is never closed with `*/`"),
            TrailingGarbage { found } => write!(
                f,
                "unexpected `{found}` after the title (only quoted strings may follow it)"
            ),
        }
    }
}

impl fmt::Display for BltError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.kind)
    }
}

impl std::error::Error for BltError {}

// ---------------------------------------------------------------------------
// Lexer

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind<'a> {
    /// A run of characters other than whitespace, quotes, brackets and comments.
    Word(&'a [u8]),
    /// A quoted string: the raw text between the quotes, and whether it holds `""`.
    Quoted(&'a [u8], bool),
    Open,
    Close,
    Eof,
}

#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    kind: Kind<'a>,
    line: usize,
    /// Byte offset of the first character.
    start: usize,
    /// Byte offset just past the token.
    end: usize,
}

struct Lexer<'a> {
    s: &'a [u8],
    pos: usize,
    line: usize,
    peeked: Option<Token<'a>>,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Shortens a token for an error message.
fn shown(raw: &[u8]) -> String {
    const MAX: usize = 40;
    let text = String::from_utf8_lossy(raw);
    if text.chars().count() <= MAX {
        text.into_owned()
    } else {
        let mut s: String = text.chars().take(MAX).collect();
        s.push('…');
        s
    }
}

impl<'a> Lexer<'a> {
    fn new(s: &'a [u8]) -> Self {
        Self {
            s,
            pos: 0,
            line: 1,
            peeked: None,
        }
    }

    /// The error `kind` at byte offset `at` on line `line`.
    fn err(&self, line: usize, at: usize, kind: BltErrorKind) -> BltError {
        BltError {
            line,
            column: column(self.s, at),
            kind,
        }
    }

    fn peek(&mut self) -> Result<Token<'a>, BltError> {
        if let Some(t) = self.peeked {
            return Ok(t);
        }
        let t = self.lex()?;
        self.peeked = Some(t);
        Ok(t)
    }

    fn next(&mut self) -> Result<Token<'a>, BltError> {
        match self.peeked.take() {
            Some(t) => Ok(t),
            None => self.lex(),
        }
    }

    fn skip_blanks(&mut self) -> Result<(), BltError> {
        let s = self.s;
        while let Some(&b) = s.get(self.pos) {
            if b == b'\n' {
                self.line += 1;
                self.pos += 1;
            } else if is_space(b) {
                self.pos += 1;
            } else if b == b'#' {
                while self.pos < s.len() && s[self.pos] != b'\n' {
                    self.pos += 1;
                }
            } else if b == b'/' && s.get(self.pos + 1) == Some(&b'*') {
                let (line, start) = (self.line, self.pos);
                self.pos += 2;
                loop {
                    match s.get(self.pos) {
                        None => {
                            return Err(self.err(line, start, BltErrorKind::UnterminatedComment))
                        }
                        Some(b'*') if s.get(self.pos + 1) == Some(&b'/') => {
                            self.pos += 2;
                            break;
                        }
                        Some(b'\n') => {
                            self.line += 1;
                            self.pos += 1;
                        }
                        Some(_) => self.pos += 1,
                    }
                }
            } else {
                break;
            }
        }
        Ok(())
    }

    fn lex(&mut self) -> Result<Token<'a>, BltError> {
        self.skip_blanks()?;
        let s = self.s;
        let start = self.pos;
        let line = self.line;
        let kind = match s.get(start) {
            None => Kind::Eof,
            Some(b'"') => {
                let mut i = start + 1;
                let mut escaped = false;
                loop {
                    match s.get(i) {
                        None | Some(b'\n') => {
                            return Err(self.err(line, start, BltErrorKind::UnterminatedQuote))
                        }
                        Some(b'"') if s.get(i + 1) == Some(&b'"') => {
                            escaped = true;
                            i += 2;
                        }
                        Some(b'"') => break,
                        Some(_) => i += 1,
                    }
                }
                self.pos = i + 1;
                Kind::Quoted(&s[start + 1..i], escaped)
            }
            Some(b'[') => {
                self.pos += 1;
                Kind::Open
            }
            Some(b']') => {
                self.pos += 1;
                Kind::Close
            }
            Some(_) => {
                let mut i = start;
                while let Some(&b) = s.get(i) {
                    let comment = b == b'#' || (b == b'/' && s.get(i + 1) == Some(&b'*'));
                    if is_space(b) || comment || matches!(b, b'"' | b'[' | b']') {
                        break;
                    }
                    i += 1;
                }
                self.pos = i;
                Kind::Word(&s[start..i])
            }
        };
        Ok(Token {
            kind,
            line,
            start,
            end: self.pos,
        })
    }
}

/// 1-based column (in characters) of byte offset `at` of `s`.
fn column(s: &[u8], at: usize) -> usize {
    let at = at.min(s.len());
    let line_start = s[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    // Count characters: every byte that is not a UTF-8 continuation byte.
    s[line_start..at]
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count()
        + 1
}

/// The text of a token, for error messages.
fn text_of(kind: Kind<'_>) -> String {
    match kind {
        Kind::Word(w) => shown(w),
        Kind::Quoted(raw, _) => format!("\"{}\"", shown(raw)),
        Kind::Open => "[".into(),
        Kind::Close => "]".into(),
        Kind::Eof => "end of file".into(),
    }
}

/// The decoded content of a quoted string (`""` → `"`). The input is valid UTF-8.
fn unquote(raw: &[u8], escaped: bool) -> String {
    let text: Cow<'_, str> = String::from_utf8_lossy(raw);
    if escaped {
        text.replace("\"\"", "\"")
    } else {
        text.into_owned()
    }
}

/// Parses a run of ASCII digits; `None` if it is not one, `Some(None)` on overflow.
fn digits(w: &[u8]) -> Option<Option<u64>> {
    if w.is_empty() || !w.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut n: u64 = 0;
    for &b in w {
        match n
            .checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(b - b'0')))
        {
            Some(m) => n = m,
            None => return Some(None),
        }
    }
    Some(Some(n))
}

// ---------------------------------------------------------------------------
// Parser

/// Reads a BLT file (see the [module documentation](self) for what is accepted).
///
/// Takes bytes, so that a file that is not UTF-8 gets its own error
/// ([`BltErrorKind::InvalidUtf8`]) with the position of the first bad byte.
pub fn parse(input: &[u8]) -> Result<Election, BltError> {
    let text = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    if let Err(e) = std::str::from_utf8(text) {
        let at = e.valid_up_to();
        let line = 1 + text[..at].iter().filter(|&&b| b == b'\n').count();
        return Err(BltError {
            line,
            column: column(text, at),
            kind: BltErrorKind::InvalidUtf8,
        });
    }
    Parser {
        lx: Lexer::new(text),
        candidates: 0,
    }
    .file()
}

struct Parser<'a> {
    lx: Lexer<'a>,
    candidates: usize,
}

impl<'a> Parser<'a> {
    fn err(&self, t: &Token<'_>, kind: BltErrorKind) -> BltError {
        self.lx.err(t.line, t.start, kind)
    }

    fn file(mut self) -> Result<Election, BltError> {
        let (candidates, seats) = self.header()?;
        self.candidates = candidates;
        let (withdrawn, ballots) = self.ballots()?;
        let mut names = Vec::new();
        while names.len() < candidates {
            let t = self.lx.next()?;
            match t.kind {
                Kind::Quoted(raw, esc) => names.push(unquote(raw, esc)),
                Kind::Eof => {
                    return Err(self.err(
                        &t,
                        BltErrorKind::MissingNames {
                            found: names.len(),
                            expected: candidates,
                        },
                    ))
                }
                other => {
                    return Err(self.err(
                        &t,
                        BltErrorKind::ExpectedName {
                            candidate: names.len() + 1,
                            found: text_of(other),
                        },
                    ))
                }
            }
        }
        let t = self.lx.next()?;
        let title = match t.kind {
            Kind::Quoted(raw, esc) => unquote(raw, esc),
            Kind::Eof => return Err(self.err(&t, BltErrorKind::MissingTitle)),
            other => {
                return Err(self.err(
                    &t,
                    BltErrorKind::ExpectedTitle {
                        found: text_of(other),
                    },
                ))
            }
        };
        loop {
            let t = self.lx.next()?;
            match t.kind {
                Kind::Quoted(..) => {}
                Kind::Eof => break,
                other => {
                    return Err(self.err(
                        &t,
                        BltErrorKind::TrailingGarbage {
                            found: text_of(other),
                        },
                    ))
                }
            }
        }
        Ok(Election {
            title,
            candidates: names,
            seats,
            withdrawn,
            ballots,
        })
    }

    fn header(&mut self) -> Result<(usize, usize), BltError> {
        let first = self.lx.next()?;
        let c = match first.kind {
            Kind::Eof => {
                return Err(BltError {
                    line: 1,
                    column: 1,
                    kind: BltErrorKind::Empty,
                })
            }
            Kind::Word(w) => match digits(w) {
                Some(Some(n)) => n,
                Some(None) => {
                    return Err(self.err(&first, BltErrorKind::NumberTooLarge { found: shown(w) }))
                }
                None => return Err(self.err(&first, BltErrorKind::BadHeader)),
            },
            other => {
                return Err(self.err(
                    &first,
                    BltErrorKind::MissingHeader {
                        found: text_of(other),
                    },
                ))
            }
        };
        let second = self.lx.peek()?;
        let s = match second.kind {
            Kind::Word(w) if second.line == first.line => match digits(w) {
                Some(Some(n)) => n,
                Some(None) => {
                    return Err(self.err(&second, BltErrorKind::NumberTooLarge { found: shown(w) }))
                }
                None => return Err(self.err(&second, BltErrorKind::BadHeader)),
            },
            _ => return Err(self.err(&first, BltErrorKind::BadHeader)),
        };
        self.lx.next()?;
        let too_large = |t: &Token<'_>, n: u64| {
            usize::try_from(n).map_err(|_| {
                self.err(
                    t,
                    BltErrorKind::NumberTooLarge {
                        found: n.to_string(),
                    },
                )
            })
        };
        let c = too_large(&first, c)?;
        let s = too_large(&second, s)?;
        if c == 0 {
            return Err(self.err(&first, BltErrorKind::NoCandidates));
        }
        if s == 0 {
            return Err(self.err(&second, BltErrorKind::NoSeats));
        }
        // A positive number right after the header on the same line would be read
        // as a ballot: reject it.
        let t = self.lx.peek()?;
        if t.line == second.line {
            if let Kind::Word(w) = t.kind {
                if digits(w).is_some() {
                    return Err(self.err(&t, BltErrorKind::BadHeader));
                }
            }
        }
        Ok((c, s))
    }

    /// A withdrawn candidate number `w` (1-based, as written); adds it to `withdrawn`.
    fn withdraw(
        &self,
        t: &Token<'_>,
        w: &[u8],
        withdrawn: &mut Vec<CandidateId>,
    ) -> Result<(), BltError> {
        let k = match digits(w) {
            Some(Some(k)) if k >= 1 && k <= self.candidates as u64 => k as usize,
            Some(_) => {
                return Err(self.err(
                    t,
                    BltErrorKind::WithdrawnOutOfRange {
                        found: shown(w),
                        candidates: self.candidates,
                    },
                ))
            }
            None => return Err(self.err(t, BltErrorKind::ExpectedNumber { found: shown(w) })),
        };
        if withdrawn.contains(&(k - 1)) {
            return Err(self.err(t, BltErrorKind::WithdrawnTwice { candidate: k }));
        }
        withdrawn.push(k - 1);
        Ok(())
    }

    /// An option after its `[`.
    fn option(
        &mut self,
        open: &Token<'_>,
        withdrawn: &mut Vec<CandidateId>,
    ) -> Result<(), BltError> {
        let name = self.lx.next()?;
        let unterminated = |p: &Self| p.err(open, BltErrorKind::UnterminatedOption);
        match name.kind {
            Kind::Word(b"withdrawn") if name.line == open.line => {}
            Kind::Close if name.line == open.line => {
                return Err(self.err(open, BltErrorKind::UnknownOption { found: "".into() }))
            }
            Kind::Word(w) if name.line == open.line => {
                return Err(self.err(&name, BltErrorKind::UnknownOption { found: shown(w) }))
            }
            _ => return Err(unterminated(self)),
        }
        loop {
            let t = self.lx.next()?;
            if t.line != open.line {
                return Err(unterminated(self));
            }
            match t.kind {
                Kind::Close => return Ok(()),
                Kind::Word(w) => self.withdraw(&t, w, withdrawn)?,
                Kind::Eof => return Err(unterminated(self)),
                other => {
                    return Err(self.err(
                        &t,
                        BltErrorKind::ExpectedNumber {
                            found: text_of(other),
                        },
                    ))
                }
            }
        }
    }

    /// Withdrawn candidates, options and ballots, up to and including the `0` line.
    #[allow(clippy::type_complexity)]
    fn ballots(&mut self) -> Result<(Vec<CandidateId>, Vec<RankedBallot>), BltError> {
        let mut withdrawn: Vec<CandidateId> = Vec::new();
        let mut ballots: Vec<RankedBallot> = Vec::new();
        let mut total: u64 = 0;
        // Scratch for long rankings (duplicate detection).
        let mut seen: HashSet<CandidateId> = HashSet::new();
        let mut scratch: Vec<CandidateId> = Vec::new();
        loop {
            // Un-peek (tokens never span lines), then try the fast path.
            if let Some(t) = self.lx.peeked.take() {
                self.lx.pos = t.start;
                self.lx.line = t.line;
            }
            self.lx.skip_blanks()?;
            let (line, at) = (self.lx.line, self.lx.pos);
            if let Some(ballot) = self.plain_ballot(&mut scratch) {
                total = total
                    .checked_add(ballot.weight)
                    .ok_or_else(|| self.lx.err(line, at, BltErrorKind::TooManyBallots))?;
                ballots.push(ballot);
                continue;
            }
            let t = self.lx.next()?;
            let weight = match t.kind {
                Kind::Eof => return Err(self.err(&t, BltErrorKind::MissingBallotsEnd)),
                Kind::Quoted(..) => return Err(self.err(&t, BltErrorKind::NameAmongBallots)),
                Kind::Open if ballots.is_empty() => {
                    self.option(&t, &mut withdrawn)?;
                    continue;
                }
                Kind::Open => return Err(self.err(&t, BltErrorKind::MisplacedOption)),
                Kind::Close => {
                    return Err(self.err(&t, BltErrorKind::ExpectedNumber { found: "]".into() }))
                }
                Kind::Word(w) => {
                    if w.first() != Some(&b'(') && w.contains(&b'=') {
                        return Err(self.err(&t, BltErrorKind::EqualRanking { found: shown(w) }));
                    }
                    if let Some(rest) = w.strip_prefix(b"-") {
                        if ballots.is_empty() {
                            self.withdraw(&t, rest, &mut withdrawn)?;
                            continue;
                        }
                        return Err(self.err(&t, BltErrorKind::NegativeWeight { found: shown(w) }));
                    }
                    if w.first() == Some(&b'(') {
                        if w.len() < 2 || w.last() != Some(&b')') {
                            return Err(self.err(&t, BltErrorKind::BadBallotId { found: shown(w) }));
                        }
                        1
                    } else {
                        match digits(w) {
                            Some(Some(0)) => {
                                let next = self.lx.peek()?;
                                if next.line == t.line && matches!(next.kind, Kind::Word(_)) {
                                    return Err(self.err(&t, BltErrorKind::ZeroWeight));
                                }
                                break;
                            }
                            Some(Some(n)) => n,
                            Some(None) => {
                                return Err(
                                    self.err(&t, BltErrorKind::NumberTooLarge { found: shown(w) })
                                )
                            }
                            None => {
                                return Err(
                                    self.err(&t, BltErrorKind::ExpectedNumber { found: shown(w) })
                                )
                            }
                        }
                    }
                }
            };
            total = total
                .checked_add(weight)
                .ok_or_else(|| self.err(&t, BltErrorKind::TooManyBallots))?;
            let ranking = self.ranking(&t, &mut seen)?;
            ballots.push(RankedBallot { weight, ranking });
        }
        withdrawn.sort_unstable();
        Ok((withdrawn, ballots))
    }

    /// Fast path for the common ballot line: `W K1 … Kn 0`, numbers separated by
    /// spaces or tabs, nothing else up to the line end, weight ≥ 1, candidates in
    /// range and distinct (rankings shorter than 32). Consumes the line and returns
    /// the ballot; on anything else consumes nothing and returns `None`, and the
    /// general path reads the line (and reports any error).
    fn plain_ballot(&mut self, scratch: &mut Vec<CandidateId>) -> Option<RankedBallot> {
        let s = self.lx.s;
        let mut i = self.lx.pos;
        let number = |i: &mut usize| -> Option<u64> {
            let start = *i;
            let mut n: u64 = 0;
            while let Some(&b) = s.get(*i) {
                if !b.is_ascii_digit() || *i - start >= 18 {
                    break;
                }
                n = n * 10 + u64::from(b - b'0');
                *i += 1;
            }
            let next_is_digit = s.get(*i).is_some_and(u8::is_ascii_digit);
            (*i > start && !next_is_digit).then_some(n)
        };
        let weight = number(&mut i)?;
        if weight == 0 {
            return None;
        }
        scratch.clear();
        loop {
            let gap = i;
            while matches!(s.get(i), Some(b' ' | b'\t')) {
                i += 1;
            }
            if i == gap {
                return None;
            }
            let k = number(&mut i)?;
            if k == 0 {
                break;
            }
            if k > self.candidates as u64 || scratch.len() >= 32 {
                return None;
            }
            let c = (k - 1) as usize;
            if scratch.contains(&c) {
                return None;
            }
            scratch.push(c);
        }
        while matches!(s.get(i), Some(b' ' | b'\t' | b'\r')) {
            i += 1;
        }
        let mut line = self.lx.line;
        match s.get(i) {
            None => {}
            Some(b'\n') => {
                i += 1;
                line += 1;
            }
            Some(_) => return None,
        }
        self.lx.pos = i;
        self.lx.line = line;
        Some(RankedBallot {
            weight,
            ranking: scratch.as_slice().to_vec(),
        })
    }

    /// The preferences of a ballot line after its weight token `first`, with the `0`.
    fn ranking(
        &mut self,
        first: &Token<'_>,
        seen: &mut HashSet<CandidateId>,
    ) -> Result<Vec<CandidateId>, BltError> {
        /// Rankings at least this long check repeats with a hash set.
        const LONG: usize = 32;
        let mut ranking: Vec<CandidateId> = Vec::new();
        let mut last_end = first.end;
        loop {
            let t = self.lx.peek()?;
            if t.line != first.line || t.kind == Kind::Eof {
                return Err(self
                    .lx
                    .err(first.line, last_end, BltErrorKind::MissingBallotEnd));
            }
            self.lx.next()?;
            last_end = t.end;
            let w = match t.kind {
                Kind::Word(w) => w,
                other => {
                    return Err(self.err(
                        &t,
                        BltErrorKind::ExpectedNumber {
                            found: text_of(other),
                        },
                    ))
                }
            };
            if w.contains(&b'=') {
                return Err(self.err(&t, BltErrorKind::EqualRanking { found: shown(w) }));
            }
            let out_of_range = || {
                self.err(
                    &t,
                    BltErrorKind::CandidateOutOfRange {
                        found: shown(w),
                        candidates: self.candidates,
                    },
                )
            };
            let k = match digits(w) {
                Some(Some(0)) => break,
                Some(Some(k)) if k <= self.candidates as u64 => k as usize,
                Some(_) => return Err(out_of_range()),
                None if w.first() == Some(&b'-') && digits(&w[1..]).is_some() => {
                    return Err(out_of_range())
                }
                None => return Err(self.err(&t, BltErrorKind::ExpectedNumber { found: shown(w) })),
            };
            let c = k - 1;
            let twice = if ranking.len() < LONG {
                ranking.contains(&c)
            } else {
                if ranking.len() == LONG {
                    seen.clear();
                    seen.extend(ranking.iter().copied());
                }
                !seen.insert(c)
            };
            if twice {
                return Err(self.err(&t, BltErrorKind::RankedTwice { candidate: k }));
            }
            ranking.push(c);
        }
        // Nothing but comments may follow the 0 on this line.
        let t = self.lx.peek()?;
        if t.line == first.line && t.kind != Kind::Eof {
            return Err(match t.kind {
                Kind::Word(w) if digits(w).is_some() => {
                    self.lx
                        .err(first.line, last_end - 1, BltErrorKind::CandidateZero)
                }
                other => self.err(
                    &t,
                    BltErrorKind::TextAfterBallot {
                        found: text_of(other),
                    },
                ),
            });
        }
        Ok(ranking)
    }
}

// ---------------------------------------------------------------------------
// Writer

/// Writes `election` as a standard BLT file: header, withdrawn line (`-k …`), one
/// line per ballot, `0`, one quoted name per line, the quoted title.
///
/// A `"` in a name or the title is written as `""`; a line break (which a BLT string
/// cannot hold) is written as a space. For a valid [`Election`] (at least one
/// candidate and one seat, weights ≥ 1, distinct in-range preferences, withdrawn
/// candidates ascending) `parse(write(e).as_bytes()) == Ok(e)` holds whenever no
/// string contains a line break.
pub fn write(election: &Election) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(32 + election.ballots.len() * 16);
    let _ = writeln!(out, "{} {}", election.candidates.len(), election.seats);
    if !election.withdrawn.is_empty() {
        let line: Vec<String> = election
            .withdrawn
            .iter()
            .map(|&c| format!("-{}", c + 1))
            .collect();
        let _ = writeln!(out, "{}", line.join(" "));
    }
    for b in &election.ballots {
        let _ = write!(out, "{}", b.weight);
        for &c in &b.ranking {
            let _ = write!(out, " {}", c + 1);
        }
        out.push_str(" 0\n");
    }
    out.push_str("0\n");
    let quoted = |out: &mut String, s: &str| {
        out.push('"');
        for ch in s.chars() {
            match ch {
                '"' => out.push_str("\"\""),
                '\n' => out.push(' '),
                _ => out.push(ch),
            }
        }
        out.push_str("\"\n");
    };
    for name in &election.candidates {
        quoted(&mut out, name);
    }
    quoted(&mut out, &election.title);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use BltErrorKind::*;

    /// The error of `input`, as `LINE:COL: message`.
    fn error(input: &str) -> String {
        match parse(input.as_bytes()) {
            Ok(e) => panic!("expected an error, parsed {e:?}"),
            Err(e) => e.to_string(),
        }
    }

    fn kind(input: &str) -> (usize, usize, BltErrorKind) {
        match parse(input.as_bytes()) {
            Ok(e) => panic!("expected an error, parsed {e:?}"),
            Err(e) => (e.line, e.column, e.kind),
        }
    }

    /// Checks that `input` fails at `line:col` with `expected`.
    fn check_err(input: &str, line: usize, col: usize, expected: BltErrorKind) {
        assert_eq!(kind(input), (line, col, expected), "input: {input:?}");
    }

    fn ok(input: &str) -> Election {
        match parse(input.as_bytes()) {
            Ok(e) => e,
            Err(e) => panic!("{e} in {input:?}"),
        }
    }

    fn names(n: usize) -> String {
        (0..n).map(|i| format!("\"N{i}\"\n")).collect()
    }

    /// A compact view of an election: `C S [w] b1 | b2 … ; names ; title`.
    fn view(e: &Election) -> String {
        let w: Vec<String> = e.withdrawn.iter().map(|c| (c + 1).to_string()).collect();
        let b: Vec<String> = e
            .ballots
            .iter()
            .map(|b| {
                let r: Vec<String> = b.ranking.iter().map(|c| (c + 1).to_string()).collect();
                format!("{}:{}", b.weight, r.join(">"))
            })
            .collect();
        format!(
            "{} {} w[{}] {} ; {} ; {}",
            e.candidates.len(),
            e.seats,
            w.join(","),
            b.join(" "),
            e.candidates.join("|"),
            e.title
        )
    }

    fn check(input: &str, expected: &str) {
        assert_eq!(view(&ok(input)), expected, "input: {input:?}");
    }

    #[test]
    fn minimal_file() {
        check(
            "3 2\n2 1 2 0\n1 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n",
            "3 2 w[] 2:1>2 1:3 ; A|B|C ; T",
        );
    }

    #[test]
    fn comments_blank_lines_crlf_bom() {
        check(
            "\u{feff}# leading comment\r\n\r\n3 1 # header\r\n/* block\r\n comment */ 1 1 0\r\n\
             0\r\n\"A\" \"B\" # names\r\n\"C\"\r\n\"T\"\r\n",
            "3 1 w[] 1:1 ; A|B|C ; T",
        );
    }

    #[test]
    fn adjacent_quotes_are_one_string() {
        // No space between strings: `"A""B"` is one string `A"B`.
        let e = ok("2 1\n0\n\"A\"\"B\" \"C\" \"T\"");
        assert_eq!(e.candidates, ["A\"B", "C"]);
    }

    #[test]
    fn withdrawn_forms() {
        let tail = "1 1 2 0\n0\n\"A\" \"B\" \"C\" \"D\" \"T\"";
        check(
            &format!("4 2\n-2 -4\n{tail}"),
            "4 2 w[2,4] 1:1>2 ; A|B|C|D ; T",
        );
        check(
            &format!("4 2\n[withdrawn 4 2]\n{tail}"),
            "4 2 w[2,4] 1:1>2 ; A|B|C|D ; T",
        );
        check(
            &format!("4 2 -3\n-1\n[ withdrawn 2 ]\n{tail}"),
            "4 2 w[1,2,3] 1:1>2 ; A|B|C|D ; T",
        );
    }

    #[test]
    fn ballot_ids_weights_and_empty_ballots() {
        check(
            "3 1\n(a1) 2 3 0\n4114 1 0\n1 0\n(x=y-2) 3 0\n0\n\"A\" \"B\" \"C\" \"T\"",
            "3 1 w[] 1:2>3 4114:1 1: 1:3 ; A|B|C ; T",
        );
    }

    #[test]
    fn names_verbatim_with_escapes_and_extras() {
        let e = ok("3 1\n1 1 0\n0\n\"Ellen   Hurcombe\"\n\"Kieran  Wild \"\n\
                    \"Name \"\"Party\"\"\"\n\"Díaz & O'Brien, Weiß\"\n\"source\" \"comment\"\n");
        assert_eq!(
            e.candidates,
            ["Ellen   Hurcombe", "Kieran  Wild ", "Name \"Party\""]
        );
        assert_eq!(e.title, "Díaz & O'Brien, Weiß");
    }

    #[test]
    fn hash_and_comment_markers_inside_quotes_are_text() {
        let e = ok("1 1\n0\n\"A # not /* a comment\"\n\"T */\"");
        assert_eq!(e.candidates, ["A # not /* a comment"]);
        assert_eq!(e.title, "T */");
    }

    #[test]
    fn more_seats_than_candidates_is_allowed() {
        check("2 5\n0\n\"A\" \"B\" \"T\"", "2 5 w[]  ; A|B ; T");
    }

    #[test]
    fn error_messages() {
        let cases: &[(&str, &str)] = &[
            ("", "1:1: the file is empty: expected a BLT ballot file"),
            ("  # only a comment\n\n", "1:1: the file is empty: expected a BLT ballot file"),
            ("3\n1 1 0\n", "1:1: the first line must hold two positive whole numbers: the number of candidates and the number of seats"),
            ("3 2\n1 1 2 0\n0\n\"A\" \"B\" \"C\"\n", "5:1: missing title: expected a quoted title after the candidate names (if the title is there, a candidate name is missing)"),
            ("3 2\n1 1 3 1 0\n0\n", "2:7: candidate 1 ranked twice"),
        ];
        for (input, expected) in cases {
            assert_eq!(error(input), *expected, "input: {input:?}");
        }
    }

    #[test]
    fn error_empty() {
        check_err("", 1, 1, Empty);
        check_err("\u{feff}\n /* c */ # c\n", 1, 1, Empty);
    }

    #[test]
    fn error_header() {
        check_err(
            "\"A\"",
            1,
            1,
            MissingHeader {
                found: "\"A\"".into(),
            },
        );
        check_err("3\n1 1 0\n0\n", 1, 1, BadHeader);
        check_err("three 2\n", 1, 1, BadHeader);
        check_err("3 x\n", 1, 3, BadHeader);
        check_err("3 -2\n", 1, 3, BadHeader);
        check_err("3 2 1\n", 1, 5, BadHeader);
        check_err("0 2\n0\n\"T\"", 1, 1, NoCandidates);
        check_err("3 0\n0\n\"A\" \"B\" \"C\" \"T\"", 1, 3, NoSeats);
        check_err(
            "99999999999999999999 1\n",
            1,
            1,
            NumberTooLarge {
                found: "99999999999999999999".into(),
            },
        );
    }

    #[test]
    fn error_withdrawn() {
        check_err(
            "3 1\n-4\n0\n",
            2,
            1,
            WithdrawnOutOfRange {
                found: "4".into(),
                candidates: 3,
            },
        );
        check_err(
            "3 1\n-0\n0\n",
            2,
            1,
            WithdrawnOutOfRange {
                found: "0".into(),
                candidates: 3,
            },
        );
        check_err(
            "3 1\n[withdrawn 1 7]\n0\n",
            2,
            14,
            WithdrawnOutOfRange {
                found: "7".into(),
                candidates: 3,
            },
        );
        check_err("3 1\n-2 -2\n0\n", 2, 4, WithdrawnTwice { candidate: 2 });
        check_err("3 1\n-x\n0\n", 2, 1, ExpectedNumber { found: "x".into() });
        assert_eq!(
            error("3 1\n-4\n0\n"),
            "2:1: cannot withdraw candidate 4: candidates are numbered 1 to 3"
        );
    }

    #[test]
    fn error_options() {
        check_err(
            "3 1\n[nick a b c]\n0\n",
            2,
            2,
            UnknownOption {
                found: "nick".into(),
            },
        );
        check_err("3 1\n[]\n0\n", 2, 1, UnknownOption { found: "".into() });
        check_err("3 1\n[withdrawn 1\n0\n", 2, 1, UnterminatedOption);
        check_err("3 1\n1 1 0\n[withdrawn 1]\n0\n", 3, 1, MisplacedOption);
        assert_eq!(
            error("3 1\n[tie 1 2 3]\n0\n"),
            "2:2: unknown option `[tie]`: only `[withdrawn …]` is supported"
        );
    }

    #[test]
    fn error_candidate_out_of_range() {
        check_err(
            "3 1\n1 1 4 0\n",
            2,
            5,
            CandidateOutOfRange {
                found: "4".into(),
                candidates: 3,
            },
        );
        check_err(
            "3 1\n1 -2 0\n",
            2,
            3,
            CandidateOutOfRange {
                found: "-2".into(),
                candidates: 3,
            },
        );
        check_err(
            "3 1\n1 1 99999999999999999999999 0\n",
            2,
            5,
            CandidateOutOfRange {
                found: "99999999999999999999999".into(),
                candidates: 3,
            },
        );
        assert_eq!(
            error("3 1\n1 1 4 0\n"),
            "2:5: candidate 4 does not exist: candidates are numbered 1 to 3"
        );
    }

    #[test]
    fn error_candidate_zero() {
        check_err("3 1\n1 1 0 2 0\n", 2, 5, CandidateZero);
        check_err(
            "3 1\n1 1 0 x\n",
            2,
            7,
            TextAfterBallot { found: "x".into() },
        );
    }

    #[test]
    fn error_ranked_twice() {
        check_err("3 1\n1 1 2 1 0\n", 2, 7, RankedTwice { candidate: 1 });
        assert_eq!(error("4 1\n1 3 1 3 0\n"), "2:7: candidate 3 ranked twice");
        // Long rankings take the hash-set path.
        let n = 40;
        let mut line: Vec<String> = (1..=n).map(|k| k.to_string()).collect();
        line.push("17".into());
        let input = format!("{n} 1\n1 {} 0\n", line.join(" "));
        let (l, _, k) = kind(&input);
        assert_eq!((l, k), (2, RankedTwice { candidate: 17 }));
    }

    #[test]
    fn error_missing_ballot_end() {
        check_err("3 1\n1 1 2\n1 3 0\n0\n", 2, 6, MissingBallotEnd);
        check_err("3 1\n1 1 2", 2, 6, MissingBallotEnd);
        check_err("3 1\n2\n0\n", 2, 2, MissingBallotEnd);
        assert_eq!(
            error("3 1\n5 1 2 # no zero\n"),
            "2:6: ballot line does not end with 0"
        );
    }

    #[test]
    fn error_weights() {
        check_err("3 1\n0 1 2 0\n0\n", 2, 1, ZeroWeight);
        check_err(
            "3 1\n1 1 0\n-2 1 0\n0\n",
            3,
            1,
            NegativeWeight { found: "-2".into() },
        );
        check_err(
            "3 1\n1.5 1 0\n",
            2,
            1,
            ExpectedNumber {
                found: "1.5".into(),
            },
        );
        check_err(
            "3 1\n(abc 1 0\n",
            2,
            1,
            BadBallotId {
                found: "(abc".into(),
            },
        );
        check_err(
            "3 1\n18446744073709551615 1 0\n1 2 0\n0\n",
            3,
            1,
            TooManyBallots,
        );
    }

    #[test]
    fn error_names_and_title() {
        check_err(
            "3 1\n1 1 0\n0\n\"A\" \"B\"",
            4,
            8,
            MissingNames {
                found: 2,
                expected: 3,
            },
        );
        check_err(
            "3 1\n1 1 0\n0\n\"A\" 2 \"C\"",
            4,
            5,
            ExpectedName {
                candidate: 2,
                found: "2".into(),
            },
        );
        check_err("2 1\n1 1 0\n0\n\"A\" \"B\"\n", 5, 1, MissingTitle);
        check_err(
            "2 1\n1 1 0\n0\n\"A\" \"B\"\nT\n",
            5,
            1,
            ExpectedTitle { found: "T".into() },
        );
        assert_eq!(
            error("3 1\n1 1 0\n0\n\"A\" \"B\""),
            "4:8: missing candidate names: found 2, expected 3"
        );
    }

    #[test]
    fn error_ballots_not_ended() {
        check_err("2 1\n1 1 0\n\"A\" \"B\" \"T\"", 3, 1, NameAmongBallots);
        check_err("2 1\n1 1 0\n", 3, 1, MissingBallotsEnd);
    }

    #[test]
    fn error_unterminated() {
        check_err("2 1\n0\n\"A\n\"B\" \"T\"", 3, 1, UnterminatedQuote);
        check_err("2 1\n0\n\"A\" \"B\" \"T", 3, 9, UnterminatedQuote);
        check_err("2 1\n/* open\n0\n", 2, 1, UnterminatedComment);
    }

    #[test]
    fn error_invalid_utf8() {
        let mut input = b"2 1\n0\n\"D\xC3\xADaz\" \"B".to_vec();
        input.push(0xFF);
        input.extend_from_slice(b"\" \"T\"");
        let e = parse(&input).unwrap_err();
        assert_eq!((e.line, e.column, e.kind.clone()), (3, 10, InvalidUtf8));
        assert_eq!(
            e.to_string(),
            "3:10: the file is not valid UTF-8 text (save it as UTF-8)"
        );
        // Latin-1 é on line 1.
        let e = parse(b"\xE9").unwrap_err();
        assert_eq!((e.line, e.column, e.kind), (1, 1, InvalidUtf8));
    }

    #[test]
    fn error_equal_rankings() {
        check_err(
            "3 1\n1 1=2 3 0\n",
            2,
            3,
            EqualRanking {
                found: "1=2".into(),
            },
        );
        check_err("3 1\n1 1 = 2 0\n", 2, 5, EqualRanking { found: "=".into() });
        assert_eq!(
            error("3 1\n1 1=2 3 0\n"),
            "2:3: equal rankings (`1=2`) are not supported: rank candidates one after another"
        );
    }

    #[test]
    fn error_trailing_garbage() {
        check_err(
            "2 1\n0\n\"A\" \"B\" \"T\" \"extra\"\n1 2 0\n",
            4,
            1,
            TrailingGarbage { found: "1".into() },
        );
    }

    #[test]
    fn column_counts_characters() {
        // `é` is two bytes but one column.
        check_err(
            "2 1\n0\n\"é\" \"B\" \"T\" x",
            3,
            13,
            TrailingGarbage { found: "x".into() },
        );
    }

    #[test]
    fn every_kind_has_its_own_message() {
        let kinds = [
            Empty,
            InvalidUtf8,
            MissingHeader { found: "x".into() },
            BadHeader,
            NoCandidates,
            NoSeats,
            UnknownOption { found: "x".into() },
            UnterminatedOption,
            MisplacedOption,
            WithdrawnOutOfRange {
                found: "x".into(),
                candidates: 1,
            },
            WithdrawnTwice { candidate: 1 },
            ExpectedNumber { found: "x".into() },
            NumberTooLarge { found: "x".into() },
            ZeroWeight,
            NegativeWeight { found: "x".into() },
            BadBallotId { found: "x".into() },
            CandidateOutOfRange {
                found: "x".into(),
                candidates: 1,
            },
            CandidateZero,
            TextAfterBallot { found: "x".into() },
            RankedTwice { candidate: 1 },
            EqualRanking { found: "x".into() },
            MissingBallotEnd,
            NameAmongBallots,
            MissingBallotsEnd,
            TooManyBallots,
            MissingNames {
                found: 1,
                expected: 2,
            },
            ExpectedName {
                candidate: 1,
                found: "x".into(),
            },
            MissingTitle,
            ExpectedTitle { found: "x".into() },
            UnterminatedQuote,
            UnterminatedComment,
            TrailingGarbage { found: "x".into() },
        ];
        let messages: HashSet<String> = kinds.iter().map(|k| k.to_string()).collect();
        assert_eq!(messages.len(), kinds.len());
    }

    #[test]
    fn long_tokens_are_shortened_in_messages() {
        let long = "x".repeat(100);
        let (_, _, k) = kind(&format!("3 1\n{long}\n"));
        assert_eq!(
            k,
            ExpectedNumber {
                found: format!("{}…", "x".repeat(40))
            }
        );
    }

    #[test]
    fn write_standard_blt() {
        let e = ok("4 2\n[withdrawn 3]\n(id) 1 2 0\n5 4 0\n2 0\n0\n\"A\" \"B \"\"b\"\"\" \"C\" \"D \" \"T\"");
        assert_eq!(
            write(&e),
            "4 2\n-3\n1 1 2 0\n5 4 0\n2 0\n0\n\"A\"\n\"B \"\"b\"\"\"\n\"C\"\n\"D \"\n\"T\"\n"
        );
        assert_eq!(parse(write(&e).as_bytes()), Ok(e));
    }

    #[test]
    fn write_replaces_line_breaks() {
        let e = Election {
            title: "two\nlines".into(),
            candidates: vec!["A".into()],
            seats: 1,
            ..Election::default()
        };
        assert_eq!(write(&e), "1 1\n0\n\"A\"\n\"two lines\"\n");
    }

    #[test]
    fn parses_every_test_file_name_count() {
        // Sanity on a real-world shape: many ballots, big weights.
        let mut s = String::from("10 1\n");
        for i in 0..1000u64 {
            s.push_str(&format!(
                "{} {} {} 0\n",
                i + 1,
                i % 10 + 1,
                (i + 1) % 10 + 1
            ));
        }
        s.push_str("0\n");
        s.push_str(&names(10));
        s.push_str("\"T\"\n");
        let e = ok(&s);
        assert_eq!(e.ballots.len(), 1000);
        assert_eq!(e.valid_ballots(), 1000 * 1001 / 2);
        assert_eq!(e.empty_ballots(), 0);
    }

    fn arb_election() -> impl Strategy<Value = Election> {
        let text = "[^\n]{0,12}";
        (1usize..7, 1usize..5)
            .prop_flat_map(move |(c, seats)| {
                let ranking = Just((0..c).collect::<Vec<_>>())
                    .prop_shuffle()
                    .prop_flat_map(move |p| (Just(p), 0..=c))
                    .prop_map(|(p, k)| p[..k].to_vec());
                let ballot = (1u64..100_000, ranking).prop_map(|(w, r)| RankedBallot::new(w, r));
                (
                    Just(seats),
                    proptest::collection::vec(text, c),
                    text,
                    proptest::collection::btree_set(0..c, 0..c),
                    proptest::collection::vec(ballot, 0..20),
                )
            })
            .prop_map(|(seats, candidates, title, withdrawn, ballots)| Election {
                title,
                candidates,
                seats,
                withdrawn: withdrawn.into_iter().collect(),
                ballots,
            })
    }

    proptest! {
        #[test]
        fn round_trip(e in arb_election()) {
            let text = write(&e);
            prop_assert_eq!(parse(text.as_bytes()), Ok(e));
        }

        #[test]
        fn fast_and_general_paths_agree(e in arb_election(), tabs: bool, comments: bool) {
            // A comment after a ballot's 0 sends the line down the general path; tabs
            // and CRLF must be read alike by both paths.
            let text = write(&e);
            let first = 1 + usize::from(!e.withdrawn.is_empty());
            let ballots = first..first + e.ballots.len();
            let mut other = String::new();
            for (i, line) in text.split_inclusive('\n').enumerate() {
                if i >= ballots.end {
                    // The `0` line, names and title: verbatim (a name may hold `\r`).
                    other.push_str(line);
                    continue;
                }
                let line = line.trim_end_matches('\n');
                if tabs {
                    other.push_str(&line.replace(' ', "\t"));
                } else {
                    other.push_str(line);
                }
                if comments && ballots.contains(&i) {
                    other.push_str(" # comment");
                }
                other.push_str("\r\n");
            }
            prop_assert_eq!(parse(other.as_bytes()), Ok(e));
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = parse(&bytes);
        }

        #[test]
        fn never_panics_on_blt_like_text(s in "[0-9 \\-\"\n\\[\\]()#=a/*\r]{0,120}") {
            let _ = parse(s.as_bytes());
        }
    }
}
