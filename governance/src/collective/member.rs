//! A collective's members: who they are, their votes, their roles.

use crate::attendance::{self, MemberId};
use crate::calendar::Date;
use std::collections::BTreeSet;

/// A role a member holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Member of the board (bestuurslid).
    Board,
    /// Chair (voorzitter); by default also chairs the members' meeting (BW 2:38 lid 2).
    Chair,
    /// Secretary (secretaris); by default also keeps the minutes of the meeting.
    Secretary,
}

impl Role {
    /// Every role, in declaration order.
    pub const ALL: [Role; 3] = [Role::Board, Role::Chair, Role::Secretary];

    /// The stable id (`board`, `chair`, `secretary`), as in the decision file.
    pub const fn id(self) -> &'static str {
        match self {
            Role::Board => "board",
            Role::Chair => "chair",
            Role::Secretary => "secretary",
        }
    }

    /// The role with this id.
    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// A member of the collective.
///
/// The id is supplied by the caller (see [`super::Collective::next_member_id`]); it
/// never changes and is what meetings and the decision log refer to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// Unique, stable id, e.g. `m17`.
    pub id: MemberId,
    /// Name as the member wants it shown.
    pub name: String,
    /// E-mail address, if known.
    pub email: Option<String>,
    /// Votes when the rules weigh votes (BW 2:38 lid 1); `None`: one. Never 0.
    pub weight: Option<u64>,
    /// Roles held.
    pub roles: BTreeSet<Role>,
    /// The day the member joined, if known.
    pub joined: Option<Date>,
    /// Suspended (geschorst): may attend, has no vote (BW 2:38 lid 1, 2:35 lid 4).
    pub suspended: bool,
}

/// What is wrong with a member's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MemberProblem {
    /// The id is empty, longer than [`MAX_ID_LEN`] bytes, or holds whitespace or
    /// control characters.
    BadId,
    /// The name is empty (or only spaces).
    EmptyName,
    /// The name or e-mail address holds a control character (such as a line break).
    ControlCharacter,
    /// The name or e-mail address is longer than [`MAX_TEXT_LEN`] bytes.
    TooLong,
    /// The e-mail address is not of the form `local@domain`.
    BadEmail,
    /// A weight of 0: a member with a vote has at least one.
    ZeroWeight,
}

/// The longest id, in bytes.
pub const MAX_ID_LEN: usize = 64;
/// The longest name or e-mail address, in bytes.
pub const MAX_TEXT_LEN: usize = 320;

impl Member {
    /// A member with this id and name: no e-mail, one vote, no roles, not suspended.
    pub fn new(id: impl Into<MemberId>, name: impl Into<String>) -> Member {
        Member {
            id: id.into(),
            name: name.into(),
            email: None,
            weight: None,
            roles: BTreeSet::new(),
            joined: None,
            suspended: false,
        }
    }

    /// The member's votes under weighted voting (1 when no weight is set).
    pub fn votes(&self) -> u64 {
        self.weight.unwrap_or(1)
    }

    /// True when the member holds `role`.
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// The member as a voter, for [`crate::attendance`] and [`crate::motion`].
    pub fn voter(&self) -> attendance::Member {
        attendance::Member {
            id: self.id.clone(),
            weight: self.votes(),
            suspended: self.suspended,
        }
    }

    /// Checks the member's own data (not uniqueness, which is the collective's).
    pub fn check(&self) -> Result<(), MemberProblem> {
        if !is_valid_id(&self.id) {
            return Err(MemberProblem::BadId);
        }
        check_name(&self.name)?;
        if let Some(email) = &self.email {
            check_email(email)?;
        }
        if self.weight == Some(0) {
            return Err(MemberProblem::ZeroWeight);
        }
        Ok(())
    }
}

/// True for an id of 1–[`MAX_ID_LEN`] bytes without whitespace or control characters.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && !id.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A name: not blank, no control characters, at most [`MAX_TEXT_LEN`] bytes.
pub(crate) fn check_name(name: &str) -> Result<(), MemberProblem> {
    if name.trim().is_empty() {
        Err(MemberProblem::EmptyName)
    } else if name.chars().any(char::is_control) {
        Err(MemberProblem::ControlCharacter)
    } else if name.len() > MAX_TEXT_LEN {
        Err(MemberProblem::TooLong)
    } else {
        Ok(())
    }
}

/// An e-mail address: `local@domain`, one `@`, both parts non-empty, no spaces, a
/// dot in the domain that is not at its start or end. Deliberately loose: the
/// address is for people to read, not for the core to send mail to.
pub(crate) fn check_email(email: &str) -> Result<(), MemberProblem> {
    if email.chars().any(char::is_control) {
        return Err(MemberProblem::ControlCharacter);
    }
    if email.len() > MAX_TEXT_LEN {
        return Err(MemberProblem::TooLong);
    }
    let ok = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(char::is_whitespace)
        }
        None => false,
    };
    if ok {
        Ok(())
    } else {
        Err(MemberProblem::BadEmail)
    }
}

/// The next free id `prefix` + number: one more than the highest number already
/// used with this prefix (`m1`, `m2`, … `m17`), so ids are never reused while
/// the highest stays. Ids of another shape are ignored.
pub fn next_id<'a>(prefix: &str, taken: impl IntoIterator<Item = &'a str>) -> String {
    let highest = taken
        .into_iter()
        .filter_map(|id| id.strip_prefix(prefix))
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|n| n.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", highest.saturating_add(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_id_follows_the_highest() {
        let check = |taken: &[&str], expected: &str| {
            assert_eq!(next_id("m", taken.iter().copied()), expected, "{taken:?}");
        };
        check(&[], "m1");
        check(&["m1", "m2"], "m3");
        check(&["m16", "m3"], "m17");
        check(&["m1", "mx", "m", "m-4", "p9", "m007"], "m8");
        check(&["m18446744073709551615"], "m18446744073709551615");
    }

    #[test]
    fn member_checks() {
        let check = |m: Member, expected: Result<(), MemberProblem>| {
            assert_eq!(m.check(), expected, "{m:?}");
        };
        let ans = || Member::new("m1", "Ans");
        check(ans(), Ok(()));
        check(Member::new("", "Ans"), Err(MemberProblem::BadId));
        check(Member::new("m 1", "Ans"), Err(MemberProblem::BadId));
        check(Member::new("m1", "  "), Err(MemberProblem::EmptyName));
        check(
            Member::new("m1", "A\nns"),
            Err(MemberProblem::ControlCharacter),
        );
        let with_email = |e: &str| Member {
            email: Some(e.into()),
            ..ans()
        };
        check(with_email("ans@voorbeeld.nl"), Ok(()));
        for bad in [
            "ans", "@x.nl", "ans@", "ans@nl", "a b@x.nl", "a@b@x.nl", "a@.nl", "a@x.",
        ] {
            check(with_email(bad), Err(MemberProblem::BadEmail));
        }
        check(
            Member {
                weight: Some(0),
                ..ans()
            },
            Err(MemberProblem::ZeroWeight),
        );
        assert_eq!(
            Member {
                weight: Some(3),
                ..ans()
            }
            .voter()
            .weight,
            3
        );
        assert_eq!(ans().votes(), 1);
    }
}
