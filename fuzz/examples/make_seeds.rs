//! Writes the decision-file seeds of the `decision_file` fuzz target, built with the
//! public API so they follow the current format:
//! `cd fuzz && cargo run --release --example make_seeds -- corpus/decision_file`.
//! Re-run it when the decision-file format changes.

use governance::collective::*;
use governance::file;
use governance::rules::DecisionType;
use governance::tally::Method;

fn main() {
    let out = std::env::args().nth(1).expect("usage: make_seeds DIR");
    let w = |name: &str, text: String| std::fs::write(format!("{out}/{name}"), text).unwrap();

    // 1. bare collective
    let c = Collective::new("Buurtvereniging De Linde", LegalForm::VerenigingFull).unwrap();
    w("minimal-vereniging.json", file::save(&c));

    // 2. members, proposal, meeting with an open vote decided, a secret vote, an election
    let mut c =
        Collective::new("Energiecoöperatie \"Zon\" Zuid", LegalForm::CooperativeUa).unwrap();
    for (i, n) in ["Anna", "Bert", "Cees", "Dirk", "Eva"].iter().enumerate() {
        let mut m = Member::new(format!("m{}", i + 1), *n);
        if i == 0 {
            m.email = Some("anna@example.nl".into());
            m.weight = Some(3);
        }
        if i == 4 {
            m.suspended = true;
        }
        m.joined = Date::new(2024, 1 + i as u8, 10);
        c.add_member(m).unwrap();
    }
    c.add_proposal(Proposal {
        id: "p1".into(),
        title: "Zonnepanelen op het dak".into(),
        text: "Wij besluiten…\nmet \"quotes\"".into(),
        decision_type: DecisionType::Regular,
        amendments: vec![Amendment {
            id: "a1".into(),
            title: "Kleiner".into(),
            text: "10 panelen".into(),
        }],
    })
    .unwrap();
    let mut mt = Meeting::new("v1", "ALV voorjaar", Date::new(2025, 3, 14).unwrap());
    mt.time = TimeOfDay::new(19, 30);
    mt.agenda.push(AgendaItem {
        id: "i1".into(),
        subject: Subject::Proposal("p1".into()),
        votes: vec![],
    });
    mt.agenda.push(AgendaItem {
        id: "i2".into(),
        subject: Subject::Election(CandidateElection {
            title: "Bestuur".into(),
            decision_type: DecisionType::BoardAppointment,
            seats: 2,
            candidates: vec!["Anna".into(), "Bert".into(), "Cees".into()],
            withdrawn: vec![],
            method: CountingMethod::Ranked(Method::Stv),
            tie_seed: Some(42),
        }),
        votes: vec![],
    });
    mt.agenda.push(AgendaItem {
        id: "i3".into(),
        subject: Subject::Election(CandidateElection {
            title: "Kascommissie".into(),
            decision_type: DecisionType::Regular,
            seats: 1,
            candidates: vec!["X".into(), "Y".into()],
            withdrawn: vec![],
            method: CountingMethod::Approval,
            tie_seed: None,
        }),
        votes: vec![],
    });
    c.add_meeting(mt).unwrap();
    for m in ["m1", "m2", "m3", "m4"] {
        c.check_in("v1", m).unwrap();
    }
    let v = c
        .open_vote("v1", "i1", VoteOn::Amendment("a1".into()), VoteKind::Open)
        .unwrap();
    c.record_open_count(
        "v1",
        "i1",
        v,
        VoteCounts {
            yes: 2,
            no: 3,
            abstain: 1,
            blank: 0,
            invalid: 0,
        },
    )
    .unwrap();
    c.decide_vote("v1", "i1", v, true).unwrap();
    let v = c
        .open_vote("v1", "i1", VoteOn::Main, VoteKind::RollCall)
        .unwrap();
    c.record_roll_call("v1", "i1", v, "m1", Some(Choice::Yes))
        .unwrap();
    c.record_roll_call("v1", "i1", v, "m2", Some(Choice::No))
        .unwrap();
    c.record_roll_call("v1", "i1", v, "m3", Some(Choice::Abstain))
        .unwrap();
    c.decide_vote("v1", "i1", v, false).unwrap();
    let v = c
        .open_vote("v1", "i2", VoteOn::Main, VoteKind::Ballots)
        .unwrap();
    c.cast_ballot("v1", "i2", v, "m1", ElectionBallot::Ranked(vec![0, 1]))
        .unwrap();
    c.cast_ballot("v1", "i2", v, "m2", ElectionBallot::Ranked(vec![1, 2, 0]))
        .unwrap();
    c.cast_ballot("v1", "i2", v, "m3", ElectionBallot::Ranked(vec![2]))
        .unwrap();
    c.decide_vote("v1", "i2", v, true).unwrap();
    let v = c
        .open_vote("v1", "i3", VoteOn::Main, VoteKind::Ballots)
        .unwrap();
    c.cast_ballot("v1", "i3", v, "m1", ElectionBallot::Approval(vec![0, 1]))
        .unwrap();
    c.cast_ballot("v1", "i3", v, "m4", ElectionBallot::Approval(vec![1]))
        .unwrap();
    let full = file::save(&c);
    w("cooperative-votes-open.json", full.clone());
    c.decide_vote("v1", "i3", v, false).unwrap();
    let full = file::save(&c);
    w("cooperative-full.json", full.clone());
    w("cooperative-full-compact.json", file::save_compact(&c));
    // broken variants
    w(
        "broken-chain.json",
        full.replacen("\"yes\": 2", "\"yes\": 4", 1),
    );
    w("broken-truncated.json", full[..full.len() / 2].to_string());
    w(
        "broken-unknown-format.json",
        full.replacen("samen/1", "samen/9", 1),
    );
    assert!(file::load(&full).is_ok());

    // 3. stichting with a score election and a secret vote
    let mut c = Collective::new("Stichting Buurtfonds", LegalForm::Stichting).unwrap();
    for (i, n) in ["Fleur", "Gijs", "Hanna"].iter().enumerate() {
        let mut m = Member::new(format!("b{}", i + 1), *n);
        m.roles.insert(Role::ALL[i % Role::ALL.len()]);
        c.add_member(m).unwrap();
    }
    c.add_proposal(Proposal {
        id: "p1".into(),
        title: "Begroting".into(),
        text: "".into(),
        decision_type: DecisionType::Regular,
        amendments: vec![],
    })
    .unwrap();
    let mut mt = Meeting::new(
        "bv1",
        "Bestuursvergadering",
        Date::new(2025, 12, 31).unwrap(),
    );
    mt.agenda.push(AgendaItem {
        id: "i1".into(),
        subject: Subject::Proposal("p1".into()),
        votes: vec![],
    });
    mt.agenda.push(AgendaItem {
        id: "i2".into(),
        subject: Subject::Election(CandidateElection {
            title: "Voorzitter".into(),
            decision_type: DecisionType::BoardAppointment,
            seats: 1,
            candidates: vec!["Fleur".into(), "Gijs".into()],
            withdrawn: vec![1],
            method: CountingMethod::Score { max_score: 5 },
            tie_seed: None,
        }),
        votes: vec![],
    });
    c.add_meeting(mt).unwrap();
    for m in ["b1", "b2", "b3"] {
        c.check_in("bv1", m).unwrap();
    }
    let v = c
        .open_vote("bv1", "i1", VoteOn::Main, VoteKind::Secret)
        .unwrap();
    for (m, ch) in [
        ("b1", Choice::Yes),
        ("b2", Choice::Yes),
        ("b3", Choice::Blank),
    ] {
        c.cast_secret("bv1", "i1", v, m, ch).unwrap();
    }
    c.decide_vote("bv1", "i1", v, false).unwrap();
    let v = c
        .open_vote("bv1", "i2", VoteOn::Main, VoteKind::Ballots)
        .unwrap();
    c.cast_ballot("bv1", "i2", v, "b1", ElectionBallot::Score(vec![(0, 5)]))
        .unwrap();
    c.decide_vote("bv1", "i2", v, false).unwrap();
    w("stichting-secret-score.json", file::save(&c));
    w(
        "bom-crlf.json",
        format!("\u{feff}{}", file::save(&c).replace('\n', "\r\n")),
    );
}
