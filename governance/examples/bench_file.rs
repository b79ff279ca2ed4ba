//! Saves and loads a large decision file and prints the time each step takes:
//! 10,000 members and 1,000 logged decisions in 100 meetings of 10 votes, 150
//! members present at each. Two mixes of votes:
//! - typical: per meeting 8 open counts, 1 secret vote and 1 ranked election
//!   (150 ballots); one open count in ten meetings is a roll call instead;
//! - heavy: per meeting 4 open counts, 2 roll calls, 3 secret votes and 1 ranked
//!   election — every vote with 150 voters on record.
//!
//! The browser's budget is 100 ms for each of save and load.
//!
//! Run: `cargo run --release -p governance --example bench_file`

use governance::collective::{
    AgendaItem, CandidateElection, Choice, Collective, CountingMethod, Date, ElectionBallot,
    LegalForm, Meeting, Member, Proposal, Subject, VoteCounts, VoteKind, VoteOn,
};
use governance::file::{load, save, save_compact};
use governance::rules::DecisionType;
use std::time::Instant;

const MEMBERS: usize = 10_000;
const MEETINGS: usize = 100;
const ITEMS: usize = 10;
const VOTERS: usize = 150;

fn build(heavy: bool) -> Collective {
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

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    // Profiling aid: `LOAD_ONLY=file` loads (and saves) that file ten times.
    if let Some(path) = std::env::var_os("LOAD_ONLY") {
        let text = std::fs::read_to_string(path).unwrap();
        let c = load(&text).unwrap();
        let save_too = std::env::var_os("SAVE_ONLY").is_some();
        for _ in 0..10 {
            if save_too {
                std::hint::black_box(save_compact(&c));
            } else {
                std::hint::black_box(load(&text).unwrap());
            }
        }
        return;
    }
    for heavy in [false, true] {
        run(heavy);
    }
}

fn run(heavy: bool) {
    let t = Instant::now();
    let c = build(heavy);
    println!(
        "{} mix: {} members, {} meetings, {} log entries (built in {:.0} ms)",
        if heavy { "heavy" } else { "typical" },
        c.members().len(),
        c.meetings().len(),
        c.log().len(),
        ms(t)
    );
    let runs = 5;
    let mut best = [f64::MAX; 5];
    let (mut pretty, mut compact) = (String::new(), String::new());
    for _ in 0..runs {
        let t = Instant::now();
        pretty = save(&c);
        best[0] = best[0].min(ms(t));
        let t = Instant::now();
        compact = save_compact(&c);
        best[1] = best[1].min(ms(t));
        let t = Instant::now();
        let back = load(&compact).unwrap();
        best[2] = best[2].min(ms(t));
        assert_eq!(back.log().len(), c.log().len());
        let t = Instant::now();
        let back = load(&pretty).unwrap();
        best[3] = best[3].min(ms(t));
        let t = Instant::now();
        governance::collective::verify::verify(&back).unwrap();
        best[4] = best[4].min(ms(t));
    }
    println!(
        "  file size: {:.1} MB pretty, {:.1} MB compact",
        pretty.len() as f64 / 1e6,
        compact.len() as f64 / 1e6
    );
    println!("  save (pretty):    {:6.1} ms", best[0]);
    println!("  save (compact):   {:6.1} ms", best[1]);
    println!(
        "  load (compact):   {:6.1} ms  (parse, every check, hash chain)",
        best[2]
    );
    println!("  load (pretty):    {:6.1} ms", best[3]);
    println!("  verify (recount): {:6.1} ms", best[4]);
    if let Some(path) = std::env::var_os("WRITE_TO") {
        std::fs::write(path, &compact).unwrap();
    }
    if std::env::var_os("BREAKDOWN").is_some() {
        breakdown(&c, &compact);
        chain_breakdown(&c);
    }
}

#[allow(dead_code)]
fn breakdown(c: &Collective, compact: &str) {
    let t = Instant::now();
    let v: serde_json::Value = serde_json::from_str(compact).unwrap();
    println!("  parse to Value:  {:6.1} ms", ms(t));
    let t = Instant::now();
    let back = governance::file::read(compact).unwrap();
    println!("  read (no chain): {:6.1} ms", ms(t));
    let t = Instant::now();
    back.log().check().unwrap();
    println!("  chain check:     {:6.1} ms", ms(t));
    let sizes = |k: &str| serde_json::to_string(&v["collective"][k]).unwrap().len() as f64 / 1e6;
    println!(
        "  sizes MB: members {:.1} meetings {:.1} log {:.1}",
        sizes("members"),
        sizes("meetings"),
        sizes("log")
    );
    let _ = c;
}

#[allow(dead_code)]
fn chain_breakdown(c: &Collective) {
    use governance::collective::log::canonical_json;
    let entries = c.log().entries();
    let t = Instant::now();
    let values: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| serde_json::to_value(e.hash.to_string()).unwrap().clone())
        .collect();
    let _ = values;
    let t2 = Instant::now();
    let mut total = 0;
    for e in entries {
        total += e.compute_hash().0[0] as usize;
    }
    println!(
        "  compute_hash x{}: {:6.1} ms ({total})",
        entries.len(),
        ms(t2)
    );
    let _ = t;
    let t = Instant::now();
    let mut bytes = 0;
    for e in entries {
        let v = match &e.body {
            governance::collective::log::EntryBody::Motion(m) => m.explanation.clone(),
            governance::collective::log::EntryBody::Election(x) => x.explanation.clone(),
            _ => serde_json::Value::Null,
        };
        bytes += canonical_json(&v).len();
    }
    println!(
        "  canonical of explanations: {:6.1} ms ({bytes} bytes)",
        ms(t)
    );
    let blob = vec![7u8; 2_700_000];
    let t = Instant::now();
    let h = governance::collective::Hash::of(&blob);
    println!(
        "  sha256 of 2.7 MB: {:6.1} ms {}",
        ms(t),
        &h.to_string()[..4]
    );
}
