//! A large collective for benchmarks: 10,000 members and 1,000 logged decisions
//! (100 meetings of 10 votes). Shared by `bench_file` (native) and the browser
//! benchmark `tests/bench_storage.rs`.
#![allow(dead_code)]

use governance::collective::{
    AgendaItem, CandidateElection, Choice, Collective, CountingMethod, Date, ElectionBallot,
    LegalForm, Meeting, Member, Proposal, Subject, VoteCounts, VoteKind, VoteOn,
};
use governance::rules::DecisionType;

pub const MEMBERS: usize = 10_000;
pub const MEETINGS: usize = 100;
pub const ITEMS: usize = 10;
pub const VOTERS: usize = 150;

/// Builds the collective; `heavy` adds roll calls and secret votes.
pub fn build(heavy: bool) -> Collective {
    let mut c = Collective::new("Energiecoöperatie Groot", LegalForm::CooperativeUa).unwrap();
    let csv: String = (1..=MEMBERS)
        .map(|i| format!("Lid {i};lid{i}@voorbeeld.nl\n"))
        .collect();
    let import = governance::collective::csv::parse_members_csv(&csv);
    assert!(import.errors.is_empty());
    c.import_members(&import.good, Date::new(2024, 1, 1))
        .unwrap();
    c.add_member(Member::new(c.next_member_id(), "Laatste lid"))
        .unwrap();
    for p in 0..ITEMS {
        c.add_proposal(Proposal {
            id: format!("p{p}"),
            title: format!("Voorstel {p}"),
            text: "De algemene vergadering besluit om de zonnepanelen op het dak van de sporthal uit te breiden.".into(),
            decision_type: if p == 1 { DecisionType::StatuteAmendment } else { DecisionType::Regular },
            amendments: vec![],
        })
        .unwrap();
    }
    for n in 0..MEETINGS {
        let id = format!("v{n}");
        let day = Date::new(2025, 1 + (n % 12) as u8, 1 + (n % 28) as u8).unwrap();
        let mut m = Meeting::new(id.clone(), format!("ALV {n}"), day);
        for i in 0..ITEMS {
            let subject = if i == ITEMS - 1 {
                Subject::Election(CandidateElection {
                    title: format!("Bestuursverkiezing {n}"),
                    decision_type: DecisionType::BoardAppointment,
                    seats: 2,
                    candidates: (0..5).map(|k| format!("Kandidaat {k}")).collect(),
                    withdrawn: vec![],
                    method: CountingMethod::Ranked(governance::tally::Method::Stv),
                    tie_seed: Some(n as u64),
                })
            } else {
                Subject::Proposal(format!("p{i}"))
            };
            m.agenda.push(AgendaItem {
                id: format!("i{i}"),
                subject,
                votes: vec![],
            });
        }
        c.add_meeting(m).unwrap();
        let start = (n * 37) % (MEMBERS - VOTERS);
        let voters: Vec<String> = (start..start + VOTERS)
            .map(|k| format!("m{}", k + 1))
            .collect();
        for v in &voters {
            c.check_in(&id, v).unwrap();
        }
        for i in 0..ITEMS {
            let item = format!("i{i}");
            let kind = match i {
                _ if i == ITEMS - 1 => VoteKind::Ballots,
                0..=3 if heavy => VoteKind::Open,
                4..=5 if heavy => VoteKind::RollCall,
                _ if heavy => VoteKind::Secret,
                0 if n % 10 == 0 => VoteKind::RollCall,
                8 => VoteKind::Secret,
                _ => VoteKind::Open,
            };
            let vote = c.open_vote(&id, &item, VoteOn::Main, kind).unwrap();
            match kind {
                VoteKind::Open => c
                    .record_open_count(
                        &id,
                        &item,
                        vote,
                        VoteCounts {
                            yes: 90,
                            no: 50,
                            abstain: 10,
                            ..VoteCounts::default()
                        },
                    )
                    .unwrap(),
                VoteKind::RollCall => {
                    for (k, v) in voters.iter().enumerate() {
                        let choice = [Choice::Yes, Choice::Yes, Choice::No, Choice::Abstain][k % 4];
                        c.record_roll_call(&id, &item, vote, v, Some(choice))
                            .unwrap();
                    }
                }
                VoteKind::Secret => {
                    for (k, v) in voters.iter().enumerate() {
                        let choice = [Choice::Yes, Choice::No, Choice::Yes][k % 3];
                        c.cast_secret(&id, &item, vote, v, choice).unwrap();
                    }
                }
                VoteKind::Ballots => {
                    for (k, v) in voters.iter().enumerate() {
                        let ranking = vec![k % 5, (k + 1 + k / 5) % 5, (k + 3) % 5];
                        let mut seen = Vec::new();
                        let ranking: Vec<usize> = ranking
                            .into_iter()
                            .filter(|c| {
                                let new = !seen.contains(c);
                                seen.push(*c);
                                new
                            })
                            .collect();
                        c.cast_ballot(&id, &item, vote, v, ElectionBallot::Ranked(ranking))
                            .unwrap();
                    }
                }
            }
            c.decide_vote(&id, &item, vote, true).unwrap();
        }
    }
    c
}
