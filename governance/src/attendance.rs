//! Who is at the meeting, who represents whom, and whether the quorum is met.
//!
//! A present voter may carry the vote of an absent one by written proxy
//! (BW 2:38 lid 4–5, VER-PROXY-1); a proxy vote counts as cast by the holder
//! (CNT-6). [`Attendance::grant_proxy`] refuses every proxy the rules do not allow,
//! each for its own [`ProxyRefusal`]. [`Attendance::voting_power`] turns the
//! attendance into a [`Turnout`], and [`quorum_status`] measures a live quorum.

use crate::motion::Votes;
use crate::rules::{OnQuorumMissed, ProxyRule, QuorumOf, QuorumSize, QuorumUnit, Rule, Weighting};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// A member's id, as the collective's member list spells it.
pub type MemberId = String;

/// A member of the collective (or a director, for a board decision).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Member {
    /// Unique id.
    pub id: MemberId,
    /// Votes under [`Weighting::PerMember`] (statutes may give more than one,
    /// BW 2:38 lid 1). Ignored under one member one vote.
    pub weight: u64,
    /// A suspended member may attend the meeting on the suspension but has no vote
    /// (BW 2:38 lid 1).
    #[serde(default)]
    pub suspended: bool,
}

impl Member {
    /// A member with this id and weight, not suspended.
    pub fn new(id: impl Into<MemberId>, weight: u64) -> Member {
        Member {
            id: id.into(),
            weight,
            suspended: false,
        }
    }
}

/// How a proxy was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProxyForm {
    /// On paper.
    Written,
    /// Recorded electronically: counts as written (BW 2:38 lid 5).
    Electronic,
    /// Only said: not written.
    Oral,
}

impl ProxyForm {
    /// True when the form satisfies a requirement of writing (BW 2:38 lid 4–5).
    pub const fn is_written(self) -> bool {
        matches!(self, ProxyForm::Written | ProxyForm::Electronic)
    }
}

/// A proxy: `holder`, present, casts the vote of `giver`, absent.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Proxy {
    /// The absent member whose vote is carried.
    pub giver: MemberId,
    /// The present member who casts it.
    pub holder: MemberId,
    /// How it was given.
    pub form: ProxyForm,
}

/// Why a proxy is refused. The first reason that applies is reported, in the
/// order of the variants.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum ProxyRefusal {
    /// The rules do not allow proxies.
    NotAllowed,
    /// The id is not in the member list.
    UnknownMember {
        /// The unknown id.
        id: MemberId,
    },
    /// The member is suspended and has no vote to give or carry.
    Suspended {
        /// The suspended member.
        id: MemberId,
    },
    /// Giver and holder are the same member.
    SelfProxy,
    /// The giver is present and votes in person.
    GiverPresent,
    /// The giver has already given a proxy.
    GiverAlreadyGave {
        /// The holder of the existing proxy.
        holder: MemberId,
    },
    /// The holder has given a proxy themselves: no chains.
    HolderRepresented,
    /// The holder is not present.
    HolderNotPresent,
    /// The holder already carries the maximum number of proxies.
    HolderAtMaximum {
        /// The maximum per holder.
        max: u32,
    },
    /// The rules require a written (or electronic) proxy and this one is oral.
    NotInWriting,
}

/// A member id that is not in the member list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnknownMember {
    /// The unknown id.
    pub id: MemberId,
}

/// A number of members and the votes they hold (equal under one member one vote).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Headcount {
    /// Members.
    pub members: u64,
    /// Their votes (weights).
    pub votes: u64,
}

impl Headcount {
    /// `n` members with one vote each.
    pub const fn equal(n: u64) -> Headcount {
        Headcount {
            members: n,
            votes: n,
        }
    }

    /// The sum, or `None` if it does not fit in `u64`.
    pub fn checked_add(self, other: Headcount) -> Option<Headcount> {
        Some(Headcount {
            members: self.members.checked_add(other.members)?,
            votes: self.votes.checked_add(other.votes)?,
        })
    }
}

/// Who could vote, as known to the caller: the input that a base or a quorum
/// other than the votes themselves needs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Turnout {
    /// Voters present in person or by electronic means (and those whose advance
    /// electronic vote counts as cast at the meeting, BW 2:38 lid 8), without
    /// those represented by proxy. `None`: not recorded.
    pub present: Option<Headcount>,
    /// Absent voters represented by a present proxy holder.
    #[serde(default)]
    pub represented: Headcount,
    /// Everyone entitled to vote. `None`: not recorded.
    pub entitled: Option<Headcount>,
    /// Members who took part in the vote; needed only for a participation quorum
    /// counted in members under weighted voting.
    #[serde(default)]
    pub voted_members: Option<u64>,
    /// This is the second meeting called because the first missed its quorum.
    #[serde(default)]
    pub second_meeting: bool,
}

impl Turnout {
    /// Present including represented (`None` if not recorded, or too large for `u64`).
    pub fn present_or_represented(&self) -> Option<Headcount> {
        self.present?.checked_add(self.represented)
    }
}

/// Part of the turnout that a rule needed and the caller did not supply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TurnoutPart {
    /// [`Turnout::present`].
    Present,
    /// [`Turnout::entitled`].
    Entitled,
    /// The votes (a participation quorum before the vote).
    Votes,
    /// [`Turnout::voted_members`].
    VotedMembers,
}

/// The numbers of a quorum check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct QuorumCount {
    /// Who was counted.
    pub of: QuorumOf,
    /// Heads or votes.
    pub unit: QuorumUnit,
    /// How many were counted.
    pub counted: u64,
    /// How many were needed; `None` when no number can reach it ("more than all").
    pub required: Option<u64>,
    /// All entitled (members or votes), when known.
    pub total: Option<u64>,
}

/// Whether a quorum is met.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum QuorumStatus {
    /// The rule has no quorum.
    NotRequired,
    /// Met.
    Met(QuorumCount),
    /// Missed.
    Missed(QuorumCount),
    /// Missed, but this second meeting may decide without quorum.
    Waived(QuorumCount),
    /// Cannot be measured yet: part of the turnout is unknown.
    Unknown {
        /// What is missing.
        missing: TurnoutPart,
    },
}

impl QuorumStatus {
    /// True unless the quorum is missed or unknown.
    pub const fn allows_decision(&self) -> bool {
        matches!(
            self,
            QuorumStatus::NotRequired | QuorumStatus::Met(_) | QuorumStatus::Waived(_)
        )
    }
}

/// The quorum status of `rule` for this turnout. `votes` is needed only for a
/// participation quorum (pass `None` for the live quorum before the vote).
///
/// Sums that would not fit in `u64` saturate (unreachable for real memberships;
/// [`crate::motion::decide`] rejects such counts before it gets here).
pub fn quorum_status(rule: &Rule, turnout: &Turnout, votes: Option<&Votes>) -> QuorumStatus {
    let Some(quorum) = rule.quorum else {
        return QuorumStatus::NotRequired;
    };
    let pick = |h: Headcount| match quorum.unit {
        QuorumUnit::Members => h.members,
        QuorumUnit::Weight => h.votes,
    };
    let unknown = |missing| QuorumStatus::Unknown { missing };
    let counted = match quorum.of {
        QuorumOf::Present => {
            let Some(present) = turnout.present else {
                return unknown(TurnoutPart::Present);
            };
            pick(present).saturating_add(pick(turnout.represented))
        }
        QuorumOf::Participating => {
            let Some(votes) = votes else {
                return unknown(TurnoutPart::Votes);
            };
            match (quorum.unit, rule.weighting, turnout.voted_members) {
                (QuorumUnit::Members, _, Some(n)) => n,
                (QuorumUnit::Members, Weighting::PerMember, None) => {
                    return unknown(TurnoutPart::VotedMembers)
                }
                _ => votes.total().unwrap_or(u64::MAX),
            }
        }
    };
    let total = turnout.entitled.map(pick);
    let required = match quorum.size {
        QuorumSize::Minimum(n) => Some(n),
        QuorumSize::Share(threshold) => {
            let Some(total) = total else {
                return unknown(TurnoutPart::Entitled);
            };
            threshold.required(total)
        }
    };
    let count = QuorumCount {
        of: quorum.of,
        unit: quorum.unit,
        counted,
        required,
        total,
    };
    if required.is_some_and(|r| counted >= r) {
        QuorumStatus::Met(count)
    } else if quorum.on_missed == OnQuorumMissed::SecondMeetingWithoutQuorum
        && turnout.second_meeting
    {
        QuorumStatus::Waived(count)
    } else {
        QuorumStatus::Missed(count)
    }
}

/// The attendance list of a meeting: who is present, and the proxies.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendance {
    present: BTreeSet<MemberId>,
    /// By giver.
    proxies: BTreeMap<MemberId, Proxy>,
}

fn find<'a>(members: &'a [Member], id: &str) -> Option<&'a Member> {
    members.iter().find(|m| m.id == id)
}

impl Attendance {
    /// Nobody present, no proxies.
    pub fn new() -> Attendance {
        Attendance::default()
    }

    /// True when `id` is checked in.
    pub fn is_present(&self, id: &str) -> bool {
        self.present.contains(id)
    }

    /// The members checked in, in id order.
    pub fn present(&self) -> impl Iterator<Item = &MemberId> {
        self.present.iter()
    }

    /// The proxies, in giver order.
    pub fn proxies(&self) -> impl Iterator<Item = &Proxy> {
        self.proxies.values()
    }

    /// The holder of the proxy that `giver` gave, if any.
    pub fn holder_of(&self, giver: &str) -> Option<&MemberId> {
        self.proxies.get(giver).map(|p| &p.holder)
    }

    /// How many proxies `holder` carries.
    pub fn proxies_held(&self, holder: &str) -> usize {
        self.proxies.values().filter(|p| p.holder == holder).count()
    }

    /// Checks `id` in. A proxy that `id` gave lapses (they now vote in person); its
    /// holder is returned. (A suspended member may attend, BW 2:38 lid 1.)
    pub fn check_in(
        &mut self,
        members: &[Member],
        id: &str,
    ) -> Result<Option<MemberId>, UnknownMember> {
        if find(members, id).is_none() {
            return Err(UnknownMember { id: id.to_string() });
        }
        self.present.insert(id.to_string());
        Ok(self.proxies.remove(id).map(|p| p.holder))
    }

    /// Checks `id` out. The proxies `id` held lapse; their givers are returned.
    pub fn check_out(&mut self, id: &str) -> Vec<MemberId> {
        self.present.remove(id);
        let lapsed: Vec<MemberId> = self
            .proxies
            .values()
            .filter(|p| p.holder == id)
            .map(|p| p.giver.clone())
            .collect();
        for giver in &lapsed {
            self.proxies.remove(giver);
        }
        lapsed
    }

    /// Records `proxy` if `rule` and the attendance allow it.
    pub fn grant_proxy(
        &mut self,
        members: &[Member],
        rule: &ProxyRule,
        proxy: Proxy,
    ) -> Result<(), ProxyRefusal> {
        if !rule.allowed {
            return Err(ProxyRefusal::NotAllowed);
        }
        for id in [&proxy.giver, &proxy.holder] {
            match find(members, id) {
                None => return Err(ProxyRefusal::UnknownMember { id: id.clone() }),
                Some(m) if m.suspended => return Err(ProxyRefusal::Suspended { id: id.clone() }),
                Some(_) => {}
            }
        }
        if proxy.giver == proxy.holder {
            return Err(ProxyRefusal::SelfProxy);
        }
        if self.is_present(&proxy.giver) {
            return Err(ProxyRefusal::GiverPresent);
        }
        if let Some(holder) = self.holder_of(&proxy.giver) {
            return Err(ProxyRefusal::GiverAlreadyGave {
                holder: holder.clone(),
            });
        }
        if self.proxies.contains_key(&proxy.holder) {
            return Err(ProxyRefusal::HolderRepresented);
        }
        if !self.is_present(&proxy.holder) {
            return Err(ProxyRefusal::HolderNotPresent);
        }
        if let Some(max) = rule.max_per_holder {
            if self.proxies_held(&proxy.holder) >= max as usize {
                return Err(ProxyRefusal::HolderAtMaximum { max });
            }
        }
        if rule.written_required && !proxy.form.is_written() {
            return Err(ProxyRefusal::NotInWriting);
        }
        self.proxies.insert(proxy.giver.clone(), proxy);
        Ok(())
    }

    /// Withdraws the proxy `giver` gave; returns its holder.
    pub fn revoke_proxy(&mut self, giver: &str) -> Option<MemberId> {
        self.proxies.remove(giver).map(|p| p.holder)
    }

    /// Present and represented voters, and all entitled, in members and in votes.
    ///
    /// Only members in `members` who are not suspended count (a member id listed
    /// twice counts once, with its first entry). A recorded proxy counts only while
    /// its giver is absent and its holder present and entitled. Sums saturate at
    /// `u64::MAX`.
    pub fn voting_power(&self, members: &[Member], weighting: Weighting) -> Turnout {
        let mut seen = BTreeMap::new();
        for m in members {
            seen.entry(m.id.as_str()).or_insert(m);
        }
        let votes_of = |m: &Member| match weighting {
            Weighting::OneMemberOneVote => 1,
            Weighting::PerMember => m.weight,
        };
        let entitled = |id: &str| seen.get(id).copied().filter(|m| !m.suspended);
        let add = |h: &mut Headcount, m: &Member| {
            h.members = h.members.saturating_add(1);
            h.votes = h.votes.saturating_add(votes_of(m));
        };
        let mut all = Headcount::default();
        let mut present = Headcount::default();
        let mut represented = Headcount::default();
        for m in seen.values().filter(|m| !m.suspended) {
            add(&mut all, m);
            if self.present.contains(&m.id) {
                add(&mut present, m);
            }
        }
        for p in self.proxies.values() {
            let holder_ok = entitled(&p.holder).is_some() && self.present.contains(&p.holder);
            if let Some(giver) = entitled(&p.giver) {
                if holder_ok && !self.present.contains(&p.giver) && p.giver != p.holder {
                    add(&mut represented, giver);
                }
            }
        }
        Turnout {
            present: Some(present),
            represented,
            entitled: Some(all),
            voted_members: None,
            second_meeting: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fraction::Fraction;
    use crate::rules::{Quorum, QuorumSize, Threshold};

    fn members() -> Vec<Member> {
        let mut list: Vec<Member> = ["ans", "bob", "cor", "dirk", "eva"]
            .iter()
            .map(|id| Member::new(*id, 1))
            .collect();
        list[0].weight = 3;
        list.push(Member {
            id: "fem".into(),
            weight: 1,
            suspended: true,
        });
        list
    }

    const OPEN: ProxyRule = ProxyRule {
        allowed: true,
        max_per_holder: Some(1),
        written_required: true,
    };

    fn proxy(giver: &str, holder: &str) -> Proxy {
        Proxy {
            giver: giver.into(),
            holder: holder.into(),
            form: ProxyForm::Written,
        }
    }

    /// `check(attendance, rule, giver → holder, expected result)`.
    fn check(att: &Attendance, rule: ProxyRule, p: Proxy, expect: Result<(), ProxyRefusal>) {
        let mut att = att.clone();
        assert_eq!(att.grant_proxy(&members(), &rule, p), expect);
    }

    fn meeting() -> Attendance {
        let ms = members();
        let mut att = Attendance::new();
        for id in ["bob", "cor", "fem"] {
            att.check_in(&ms, id).unwrap();
        }
        att.grant_proxy(&ms, &OPEN, proxy("dirk", "bob")).unwrap();
        att
    }

    #[test]
    fn each_refusal_has_its_reason() {
        let att = meeting();
        check(&att, OPEN, proxy("eva", "cor"), Ok(()));
        let mut closed = OPEN;
        closed.allowed = false;
        check(
            &att,
            closed,
            proxy("eva", "cor"),
            Err(ProxyRefusal::NotAllowed),
        );
        check(
            &att,
            OPEN,
            proxy("zoe", "cor"),
            Err(ProxyRefusal::UnknownMember { id: "zoe".into() }),
        );
        check(
            &att,
            OPEN,
            proxy("eva", "fem"),
            Err(ProxyRefusal::Suspended { id: "fem".into() }),
        );
        check(
            &att,
            OPEN,
            proxy("eva", "eva"),
            Err(ProxyRefusal::SelfProxy),
        );
        check(
            &att,
            OPEN,
            proxy("cor", "bob"),
            Err(ProxyRefusal::GiverPresent),
        );
        check(
            &att,
            OPEN,
            proxy("dirk", "cor"),
            Err(ProxyRefusal::GiverAlreadyGave {
                holder: "bob".into(),
            }),
        );
        check(
            &att,
            OPEN,
            proxy("eva", "dirk"),
            Err(ProxyRefusal::HolderRepresented),
        );
        check(
            &att,
            OPEN,
            proxy("eva", "ans"),
            Err(ProxyRefusal::HolderNotPresent),
        );
        check(
            &att,
            OPEN,
            proxy("eva", "bob"),
            Err(ProxyRefusal::HolderAtMaximum { max: 1 }),
        );
        let oral = Proxy {
            form: ProxyForm::Oral,
            ..proxy("eva", "cor")
        };
        check(&att, OPEN, oral.clone(), Err(ProxyRefusal::NotInWriting));
        let mut lax = OPEN;
        lax.written_required = false;
        check(&att, lax, oral, Ok(()));
        let electronic = Proxy {
            form: ProxyForm::Electronic,
            ..proxy("eva", "cor")
        };
        check(&att, OPEN, electronic, Ok(())); // BW 2:38 lid 5
    }

    #[test]
    fn check_in_and_out_let_proxies_lapse() {
        let ms = members();
        let mut att = meeting();
        assert_eq!(att.check_in(&ms, "dirk"), Ok(Some("bob".to_string())));
        assert_eq!(att.holder_of("dirk"), None);
        att.check_out("dirk");
        att.grant_proxy(&ms, &OPEN, proxy("dirk", "bob")).unwrap();
        assert_eq!(att.check_out("bob"), vec!["dirk".to_string()]);
        assert_eq!(att.proxies_held("bob"), 0);
        assert_eq!(
            att.check_in(&ms, "zoe"),
            Err(UnknownMember { id: "zoe".into() })
        );
    }

    #[test]
    fn voting_power_counts_members_and_weight() {
        let ms = members();
        let mut att = meeting();
        att.check_in(&ms, "ans").unwrap();
        let t = att.voting_power(&ms, Weighting::PerMember);
        assert_eq!(
            t.present,
            Some(Headcount {
                members: 3,
                votes: 5
            })
        ); // ans 3 + bob + cor; fem suspended
        assert_eq!(t.represented, Headcount::equal(1)); // dirk
        assert_eq!(
            t.entitled,
            Some(Headcount {
                members: 5,
                votes: 7
            })
        );
        let t = att.voting_power(&ms, Weighting::OneMemberOneVote);
        assert_eq!(t.present, Some(Headcount::equal(3)));
        assert_eq!(t.entitled, Some(Headcount::equal(5)));
        assert_eq!(t.present_or_represented(), Some(Headcount::equal(4)));
    }

    #[test]
    fn live_quorum_by_members_and_by_weight() {
        let ms = members();
        let att = meeting(); // bob, cor present; dirk represented; ans (3 votes) absent
        let mut rule = Rule {
            weighting: Weighting::PerMember,
            quorum: Some(Quorum::share_present(Fraction::ONE_HALF)),
            ..Rule::default()
        };
        let t = att.voting_power(&ms, rule.weighting);
        // Members: 3 of 5, need 3 → met.
        let QuorumStatus::Met(c) = quorum_status(&rule, &t, None) else {
            panic!("members quorum should be met")
        };
        assert_eq!((c.counted, c.required, c.total), (3, Some(3), Some(5)));
        // Weight: 3 of 7 votes, need 4 → missed.
        rule.quorum = Some(Quorum {
            unit: QuorumUnit::Weight,
            ..Quorum::share_present(Fraction::ONE_HALF)
        });
        let QuorumStatus::Missed(c) = quorum_status(&rule, &t, None) else {
            panic!("weight quorum should be missed")
        };
        assert_eq!((c.counted, c.required, c.total), (3, Some(4), Some(7)));
        // A second meeting may decide without quorum when the rules say so.
        let mut q = rule.quorum.unwrap();
        q.on_missed = OnQuorumMissed::SecondMeetingWithoutQuorum;
        rule.quorum = Some(q);
        let second = Turnout {
            second_meeting: true,
            ..t
        };
        assert!(matches!(
            quorum_status(&rule, &second, None),
            QuorumStatus::Waived(_)
        ));
        assert!(matches!(
            quorum_status(&rule, &t, None),
            QuorumStatus::Missed(_)
        ));
    }

    #[test]
    fn quorum_needs_its_inputs() {
        let mut rule = Rule::default();
        assert_eq!(
            quorum_status(&rule, &Turnout::default(), None),
            QuorumStatus::NotRequired
        );
        rule.quorum = Some(Quorum::share_present(Fraction::ONE_HALF));
        assert_eq!(
            quorum_status(&rule, &Turnout::default(), None),
            QuorumStatus::Unknown {
                missing: TurnoutPart::Present
            }
        );
        let present_only = Turnout {
            present: Some(Headcount::equal(4)),
            ..Turnout::default()
        };
        assert_eq!(
            quorum_status(&rule, &present_only, None),
            QuorumStatus::Unknown {
                missing: TurnoutPart::Entitled
            }
        );
        rule.quorum = Some(Quorum {
            size: QuorumSize::Minimum(4),
            ..Quorum::share_present(Fraction::ONE_HALF)
        });
        assert!(matches!(
            quorum_status(&rule, &present_only, None),
            QuorumStatus::Met(_)
        ));
        rule.quorum = Some(Quorum {
            of: QuorumOf::Participating,
            size: QuorumSize::Share(Threshold::more_than(Fraction::ONE)),
            ..Quorum::share_present(Fraction::ONE_HALF)
        });
        assert_eq!(
            quorum_status(&rule, &present_only, None),
            QuorumStatus::Unknown {
                missing: TurnoutPart::Votes
            }
        );
        let votes = Votes::new(3, 1);
        let known = Turnout {
            entitled: Some(Headcount::equal(4)),
            ..present_only
        };
        let QuorumStatus::Missed(c) = quorum_status(&rule, &known, Some(&votes)) else {
            panic!("more than all can never be met")
        };
        assert_eq!(c.required, None);
        rule.weighting = Weighting::PerMember;
        assert_eq!(
            quorum_status(&rule, &known, Some(&votes)),
            QuorumStatus::Unknown {
                missing: TurnoutPart::VotedMembers
            }
        );
    }
}
