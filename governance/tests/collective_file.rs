//! The decision file end to end: a realistic collective is built through the
//! public API, saved, loaded, tampered with; the golden files load forever.

use governance::attendance::{Proxy, ProxyForm};
use governance::collective::log::{ChainProblem, ChallengeBy};
use governance::collective::verify::{verify, Problem};
use governance::collective::{
    csv::parse_members_csv, AgendaItem, Amendment, CandidateElection, Choice, Collective,
    CollectiveError, CountingMethod, Date, Decided, ElectionBallot, LegalForm, Meeting, Member,
    Proposal, Role, Subject, TimeOfDay, VoteCounts, VoteKind, VoteOn,
};
use governance::file::{load, read, save, save_compact, LoadErrorKind};
use governance::motion::Outcome;
use governance::rules::{AdvanceEvoting, DecisionType, Threshold};
use governance::tally::Method;
use std::path::PathBuf;

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/data")
        .join(name)
}

const MEMBERS_CSV: &str = "\u{feff}naam;email
Anneke Bos;anneke@zonnedak-noord.nl
Bram de Wit;bram@zonnedak-noord.nl
Chantal Yilmaz;chantal@voorbeeld.nl
Dirk Hoekstra;
Esther van Dijk;esther@voorbeeld.nl
Farid El Amrani;farid@voorbeeld.nl
Greet Jansen;
Hans Mulder;hans@voorbeeld.nl
Ilse Visser;ilse@voorbeeld.nl
Joost Smit;joost@voorbeeld.nl
Karin de Boer;
Lotte Peters;lotte@voorbeeld.nl
";

/// Energiecoöperatie Zonnedak Noord U.A.: 12 members, default rules plus advance
/// e-voting, one general meeting with an open count (challenged and voted again),
/// a statute amendment with an amendment and a roll call, and a ranked board
/// election.
fn energy_cooperative() -> Collective {
    let mut c = Collective::new(
        "Energiecoöperatie Zonnedak Noord U.A.",
        LegalForm::CooperativeUa,
    )
    .unwrap();
    let import = parse_members_csv(MEMBERS_CSV);
    assert!(import.errors.is_empty(), "{:?}", import.errors);
    let ids = c
        .import_members(&import.good, Some(date("2023-03-01")))
        .unwrap();
    assert_eq!(ids.first().map(String::as_str), Some("m1"));
    for (id, roles) in [
        ("m1", vec![Role::Board, Role::Chair]),
        ("m2", vec![Role::Board, Role::Secretary]),
        ("m3", vec![Role::Board]),
    ] {
        let mut m = c.member(id).unwrap().clone();
        m.roles = roles.into_iter().collect();
        c.update_member(m).unwrap();
    }
    let mut late = Member::new(c.next_member_id(), "Mees Kok");
    late.joined = Some(date("2025-01-15"));
    c.add_member(late).unwrap();
    let mut rules = c.rules().clone();
    rules.advance_evoting = Some(AdvanceEvoting { days_before: 14 });
    c.set_rules(rules).unwrap();

    c.add_proposal(Proposal {
        id: c.next_proposal_id(),
        title: "Jaarrekening 2024".into(),
        text: "De ALV stelt de jaarrekening 2024 vast en verleent het bestuur decharge.".into(),
        decision_type: DecisionType::Regular,
        amendments: vec![],
    })
    .unwrap();
    c.add_proposal(Proposal {
        id: c.next_proposal_id(),
        title: "Statutenwijziging".into(),
        text: "Artikel 12 lid 3 komt te luiden: \"Een lid kan zich door ten hoogste twee andere leden laten vertegenwoordigen.\"".into(),
        decision_type: DecisionType::StatuteAmendment,
        amendments: vec![Amendment {
            id: "a1".into(),
            title: "Eén volmacht".into(),
            text: "Vervang \"twee\" door \"één\".".into(),
        }],
    })
    .unwrap();

    let mut meeting = Meeting::new(c.next_meeting_id(), "ALV voorjaar 2025", date("2025-06-14"));
    meeting.time = Some(TimeOfDay::new(19, 30).unwrap());
    meeting.agenda = vec![
        AgendaItem {
            id: "i1".into(),
            subject: Subject::Proposal("p1".into()),
            votes: vec![],
        },
        AgendaItem {
            id: "i2".into(),
            subject: Subject::Proposal("p2".into()),
            votes: vec![],
        },
        AgendaItem {
            id: "i3".into(),
            subject: Subject::Election(CandidateElection {
                title: "Bestuursverkiezing 2025".into(),
                decision_type: DecisionType::BoardAppointment,
                seats: 2,
                candidates: vec![
                    "Chantal Yilmaz".into(),
                    "Hans Mulder".into(),
                    "Lotte Peters".into(),
                ],
                withdrawn: vec![],
                method: CountingMethod::Ranked(Method::Stv),
                tie_seed: Some(20250614),
            }),
            votes: vec![],
        },
    ];
    c.add_meeting(meeting).unwrap();
    let v = "v1";

    // Before the meeting: Karin votes electronically on the statute amendment.
    let main2 = c
        .open_vote(v, "i2", VoteOn::Amendment("a1".into()), VoteKind::Open)
        .unwrap();
    assert_eq!(main2, 0);
    let rc = c
        .open_vote(v, "i2", VoteOn::Main, VoteKind::RollCall)
        .unwrap();
    c.cast_advance(
        v,
        "i2",
        rc,
        "m11",
        date("2025-06-05"),
        governance::collective::AdvanceChoice::Motion(Choice::Yes),
    )
    .unwrap();

    // At the meeting: ten present, Greet represented by Dirk.
    for id in ["m1", "m2", "m3", "m4", "m5", "m6", "m8", "m9", "m10", "m12"] {
        c.check_in(v, id).unwrap();
    }
    c.grant_proxy(
        v,
        Proxy {
            giver: "m7".into(),
            holder: "m4".into(),
            form: ProxyForm::Electronic,
        },
    )
    .unwrap();

    // i1: open count, declared, challenged by one voter, counted again.
    let first = c.open_vote(v, "i1", VoteOn::Main, VoteKind::Open).unwrap();
    c.record_open_count(
        v,
        "i1",
        first,
        VoteCounts {
            yes: 5,
            no: 4,
            abstain: 2,
            ..VoteCounts::default()
        },
    )
    .unwrap();
    let d = c.decide_vote(v, "i1", first, true).unwrap();
    assert!(matches!(d, Decided::Motion(ref x) if x.outcome == Outcome::Passed));
    let again = c
        .challenge(v, "i1", first, ChallengeBy::Voter("m6".into()))
        .unwrap();
    c.record_open_count(
        v,
        "i1",
        again,
        VoteCounts {
            yes: 7,
            no: 3,
            abstain: 1,
            ..VoteCounts::default()
        },
    )
    .unwrap();
    c.decide_vote(v, "i1", again, true).unwrap();

    // i2: the amendment by open count (rejected), then the proposal by roll call.
    c.record_open_count(
        v,
        "i2",
        0,
        VoteCounts {
            yes: 4,
            no: 6,
            abstain: 1,
            ..VoteCounts::default()
        },
    )
    .unwrap();
    c.decide_vote(v, "i2", 0, true).unwrap();
    let sides = [
        ("m1", Choice::Yes),
        ("m2", Choice::Yes),
        ("m3", Choice::Yes),
        ("m4", Choice::Yes),
        ("m7", Choice::Yes),
        ("m5", Choice::No),
        ("m6", Choice::Yes),
        ("m8", Choice::No),
        ("m9", Choice::Abstain),
        ("m10", Choice::Yes),
        ("m12", Choice::No),
    ];
    for (id, choice) in sides {
        c.record_roll_call(v, "i2", rc, id, Some(choice)).unwrap();
    }
    let d = c.decide_vote(v, "i2", rc, true).unwrap();
    // 8 yes (with Karin's advance vote) of 11 cast: 24 ≥ 22, at least two thirds.
    assert!(
        matches!(d, Decided::Motion(ref x) if x.outcome == Outcome::Passed),
        "{d:?}"
    );

    // i3: ranked ballots on the shared tablet.
    let e = c
        .open_vote(v, "i3", VoteOn::Main, VoteKind::Ballots)
        .unwrap();
    let ballots: [(&str, &[usize]); 10] = [
        ("m1", &[0, 2]),
        ("m2", &[0, 1]),
        ("m3", &[2, 0]),
        ("m4", &[1]),
        ("m7", &[1, 0]),
        ("m5", &[2, 1, 0]),
        ("m6", &[0, 2, 1]),
        ("m8", &[1, 2]),
        ("m9", &[2]),
        ("m10", &[0]),
    ];
    for (id, ranking) in ballots {
        c.cast_ballot(v, "i3", e, id, ElectionBallot::Ranked(ranking.to_vec()))
            .unwrap();
    }
    c.decide_vote(v, "i3", e, true).unwrap();
    c
}

#[test]
fn the_energy_cooperative_round_trips() {
    let c = energy_cooperative();
    assert_eq!(c.log().len(), 6);
    let text = save(&c);
    let back = load(&text).unwrap();
    assert_eq!(back, c);
    assert_eq!(save(&back), text);
    assert_eq!(load(&save_compact(&c)).unwrap(), c);
    let summary = verify(&back).unwrap();
    assert_eq!((summary.decisions, summary.challenges), (5, 1));
    assert_eq!(summary.head, c.log().head());
}

/// Rewrites the golden files from the builder: `cargo test -p governance --test
/// collective_file -- --ignored write_golden`. Never needed unless a new golden
/// file is added; the existing ones must load forever as they are.
#[test]
#[ignore]
fn write_golden() {
    std::fs::write(
        data("golden-samen-1.samen.json"),
        save(&energy_cooperative()),
    )
    .unwrap();
}

#[test]
fn golden_files_load_forever() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/data");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !(name.starts_with("golden-") && name.ends_with(".samen.json")) {
            continue;
        }
        n += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        let c = load(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        verify(&c).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(load(&save(&c)).unwrap(), c, "{name}");
        if name.contains("samen-1") {
            assert_eq!(save(&c), text, "{name}: save(load(x)) == x");
        }
    }
    assert!(n >= 1, "no golden files");
}

#[test]
fn the_golden_file_is_what_the_builder_builds() {
    // Not a requirement for ever (the golden file is), but a check that the
    // builder above documents the golden file today.
    let text = std::fs::read_to_string(data("golden-samen-1.samen.json")).unwrap();
    assert_eq!(load(&text).unwrap(), energy_cooperative());
}

/// Replaces the first occurrence of `from` after `anchor` in `text`.
fn edit(text: &str, anchor: &str, from: &str, to: &str) -> String {
    let start = text.find(anchor).unwrap_or_else(|| panic!("no {anchor:?}"));
    let at = start
        + text[start..]
            .find(from)
            .unwrap_or_else(|| panic!("no {from:?}"));
    format!("{}{}{}", &text[..at], to, &text[at + from.len()..])
}

#[test]
fn an_edited_past_count_breaks_the_chain() {
    let text = save(&energy_cooperative());
    let tampered = edit(&text, "\"log\"", "\"yes\": 5", "\"yes\": 6");
    let err = load(&tampered).unwrap_err();
    assert_eq!(err.path, "collective.log[0]");
    assert!(
        matches!(err.kind, LoadErrorKind::Chain(ref e) if e.seq == 1 && matches!(e.problem, ChainProblem::Hash { .. })),
        "{err:?}"
    );
    let c = read(&tampered).unwrap();
    let e = verify(&c).unwrap_err();
    assert_eq!((e.seq, e.title.as_str()), (1, "Jaarrekening 2024"));
}

/// Recomputes every hash as `docs/file-format.md` specifies, independently of
/// the crate: canonical JSON (sorted keys, no whitespace) of the entry without
/// `hash`, SHA-256, lowercase hex.
fn rehash(file: &mut serde_json::Value) {
    use sha2::{Digest, Sha256};
    let mut prev = "0".repeat(64);
    for e in file["collective"]["log"].as_array_mut().unwrap() {
        e["prev_hash"] = prev.clone().into();
        let mut content = e.clone();
        content.as_object_mut().unwrap().remove("hash");
        let digest = Sha256::digest(serde_json::to_vec(&content).unwrap());
        prev = digest.iter().map(|b| format!("{b:02x}")).collect();
        e["hash"] = prev.clone().into();
    }
}

#[test]
fn rehashing_reproduces_the_recorded_hashes() {
    let text = save(&energy_cooperative());
    let mut file: serde_json::Value = serde_json::from_str(&text).unwrap();
    let before = file.clone();
    rehash(&mut file);
    assert_eq!(file, before);
}

#[test]
fn a_rehashed_edit_is_caught_by_the_recount() {
    let text = save(&energy_cooperative());
    let mut file: serde_json::Value = serde_json::from_str(&text).unwrap();
    // Entry 5, the roll call: drop three yes votes and lower the count to match.
    let motion = &mut file["collective"]["log"][4]["body"]["motion"];
    motion["votes"]["yes"] = 5.into();
    let lines = motion["roll_call"].as_array_mut().unwrap();
    lines.retain(|l| !["m1", "m2", "m3"].contains(&l["member"].as_str().unwrap()));
    rehash(&mut file);
    let c = load(&serde_json::to_string_pretty(&file).unwrap()).unwrap(); // chain consistent
    let e = verify(&c).unwrap_err();
    assert_eq!((e.seq, e.title.as_str()), (5, "Statutenwijziging"));
    assert_eq!(
        e.problem,
        Problem::Outcome {
            recorded: "passed",
            recount: "rejected"
        }
    );
}

#[test]
fn rules_that_break_the_law_cannot_be_set_or_loaded() {
    let mut c = energy_cooperative();
    let mut rules = c.rules().clone();
    rules
        .rules
        .get_mut(&DecisionType::Conversion)
        .unwrap()
        .threshold = Threshold::TWO_THIRDS;
    let Err(CollectiveError::RulesViolateLaw(findings)) = c.set_rules(rules.clone()) else {
        panic!("a 2/3 conversion must be refused (BW 2:18 lid 2: 9/10)")
    };
    assert!(findings.iter().any(|f| f.is_violation()));
    // Deviations are allowed and reported.
    assert!(!c.findings().is_empty());
    assert!(c.findings().iter().all(|f| !f.is_violation()));
    // The same rules in a file: a load error at the rules.
    let text = save(&c);
    let tampered = edit(&text, "\"conversion\"", "\"9/10\"", "\"2/3\"");
    let err = load(&tampered).unwrap_err();
    assert_eq!(err.path, "collective.rules");
    assert!(matches!(
        err.kind,
        LoadErrorKind::Invalid(CollectiveError::RulesViolateLaw(_))
    ));
}

/// `check_error(file text, expected path, text on the line of the error (for
/// errors of syntax and type), part of the message)`.
fn check_error(text: &str, path: &str, line_of: Option<&str>, message: &str) {
    let err = load(text).unwrap_err();
    assert_eq!(err.path, path, "{err}");
    let line = line_of.map(|needle| 1 + text[..text.find(needle).unwrap()].matches('\n').count());
    assert_eq!(err.line, line, "{err}");
    assert_eq!(err.column.is_some(), line.is_some(), "{err}");
    assert!(err.to_string().contains(message), "{err}");
}

#[test]
fn load_errors_name_path_line_and_column() {
    let text = save(&energy_cooperative());
    let bad_weight = edit(
        &text,
        "\"m4\"",
        "\"name\": \"Dirk Hoekstra\"",
        "\"name\": \"Dirk Hoekstra\",\n        \"weight\": \"drie\"",
    );
    check_error(
        &bad_weight,
        "collective.members[3].weight",
        Some("\"drie\""),
        "expected u64",
    );
    let bad_date = edit(&text, "\"date\"", "2025-06-14", "2025-06-31");
    check_error(
        &bad_date,
        "collective.meetings[0].date",
        Some("2025-06-31"),
        "expected a date YYYY-MM-DD",
    );
    let unknown = edit(&text, "\"joined\"", "\"joined\"", "\"joind\"");
    check_error(
        &unknown,
        "collective.members[0].joind",
        Some("\"joind\""),
        "unknown field `joind`",
    );
    check_error(
        &edit(&text, "\"members\"", "\"id\": \"m4\"", "\"id\": \"m3\""),
        "collective.members[3].id",
        None,
        "member id m3 is used twice",
    );
    check_error(
        &edit(&text, "\"giver\"", "\"m7\"", "\"m99\""),
        "collective.meetings[0].attendance.proxies[0].giver",
        None,
        "no member has id m99",
    );
    check_error(
        &text.replace("samen/1", "samen/2"),
        "format",
        None,
        "unknown format \"samen/2\"",
    );
    check_error("{\"collective\": {}}", "", None, "no \"format\" field");
    check_error(
        "{\"format\": \"samen/1\",}",
        "",
        Some("{"),
        "trailing comma",
    );
    check_error("[1, 2]", "", Some("["), "invalid type");
    let err = load("").unwrap_err();
    assert!(matches!(err.kind, LoadErrorKind::Syntax(_)), "{err:?}");
}

#[test]
fn votes_follow_the_law() {
    let mut c = energy_cooperative();
    let v = "v1";
    // A second secret vote on the statute amendment is not allowed after the main
    // motion; an amendment vote after the main vote neither.
    assert_eq!(
        c.open_vote(v, "i2", VoteOn::Amendment("a1".into()), VoteKind::Open),
        Err(CollectiveError::AmendmentAfterMain)
    );
    // A single voter cannot force a revote of a roll call (BW 2:13 lid 4).
    let rc = 1;
    assert_eq!(
        c.challenge(v, "i2", rc, ChallengeBy::Voter("m5".into())),
        Err(CollectiveError::ChallengeNotAllowed)
    );
    // Advance votes: not before the window, not for the absent suspended.
    let mut m = Meeting::new(c.next_meeting_id(), "ALV najaar 2025", date("2025-11-20"));
    m.agenda.push(AgendaItem {
        id: "i1".into(),
        subject: Subject::Proposal("p1".into()),
        votes: vec![],
    });
    c.add_meeting(m).unwrap();
    let s = c
        .open_vote("v2", "i1", VoteOn::Main, VoteKind::Secret)
        .unwrap();
    let early = c.cast_advance(
        "v2",
        "i1",
        s,
        "m1",
        date("2025-11-05"),
        governance::collective::AdvanceChoice::Motion(Choice::Yes),
    );
    assert_eq!(
        early,
        Err(CollectiveError::AdvanceVoteOutsideWindow {
            earliest: date("2025-11-06"),
            latest: date("2025-11-20")
        })
    );
    c.cast_advance(
        "v2",
        "i1",
        s,
        "m1",
        date("2025-11-06"),
        governance::collective::AdvanceChoice::Motion(Choice::Yes),
    )
    .unwrap();
    // Secret: only who voted and the tally; nobody twice; only those present.
    c.check_in("v2", "m2").unwrap();
    c.cast_secret("v2", "i1", s, "m2", Choice::No).unwrap();
    assert_eq!(
        c.cast_secret("v2", "i1", s, "m2", Choice::Yes),
        Err(CollectiveError::AlreadyVoted("m2".into()))
    );
    assert_eq!(
        c.cast_secret("v2", "i1", s, "m1", Choice::Yes),
        Err(CollectiveError::NotEntitled("m1".into()))
    );
    assert_eq!(
        c.cast_secret("v2", "i1", s, "m3", Choice::Yes),
        Err(CollectiveError::NotEntitled("m3".into()))
    );
    // Members in use cannot be removed; others can.
    assert!(matches!(
        c.remove_member("m2"),
        Err(CollectiveError::MemberInUse { .. })
    ));
    assert!(c.remove_member("m13").is_ok());
    assert_eq!(c.next_member_id(), "m13");
}

#[test]
fn blt_out_and_in() {
    let c = energy_cooperative();
    let blt = c.export_blt("v1", "i3", 0).unwrap();
    assert!(blt.starts_with("3 2\n"), "{blt}");
    let mut c2 = c.clone();
    let mut m = Meeting::new("v2", "Herstemming", date("2025-07-01"));
    let Subject::Election(e) = c.meeting("v1").unwrap().item("i3").unwrap().subject.clone() else {
        panic!()
    };
    m.agenda.push(AgendaItem {
        id: "i1".into(),
        subject: Subject::Election(e),
        votes: vec![],
    });
    c2.add_meeting(m).unwrap();
    let n = c2
        .open_vote("v2", "i1", VoteOn::Main, VoteKind::Ballots)
        .unwrap();
    assert_eq!(c2.import_blt("v2", "i1", n, blt.as_bytes()), Ok(10));
    assert_eq!(c2.export_blt("v2", "i1", n).unwrap(), blt);
    let other = blt.replace("\"Lotte Peters\"", "\"Lotte Pieters\"");
    assert_eq!(
        c2.import_blt("v2", "i1", n, other.as_bytes()),
        Err(CollectiveError::BltMismatch)
    );
}

#[test]
fn format_may_come_after_the_collective() {
    let c = energy_cooperative();
    let mut file: serde_json::Value = serde_json::from_str(&save(&c)).unwrap();
    let collective = file["collective"].take();
    let text = format!(
        "{{\"collective\": {}, \"format\": \"samen/1\"}}",
        serde_json::to_string(&collective).unwrap()
    );
    assert_eq!(load(&text).unwrap(), c);
    // An unknown format is named even when the collective comes first.
    let text = text.replace("\"samen/1\"", "\"samen/7\"");
    assert!(
        matches!(load(&text).unwrap_err().kind, LoadErrorKind::UnknownFormat(ref f) if f == "samen/7")
    );
}

#[test]
fn logged_votes_cannot_be_edited_through_the_meeting() {
    let mut c = energy_cooperative();
    let mut m = c.meeting("v1").unwrap().clone();
    m.agenda[0].votes[0].record = governance::collective::VoteRecord::Open(VoteCounts {
        yes: 9,
        no: 0,
        ..VoteCounts::default()
    });
    assert_eq!(c.update_meeting(m), Err(CollectiveError::LoggedVoteChanged));
    let mut m = c.meeting("v1").unwrap().clone();
    m.title = "ALV voorjaar 2025 (verslag)".into();
    m.agenda.swap(0, 1);
    assert_eq!(c.update_meeting(m), Ok(()));
    assert_eq!(
        c.remove_meeting("v1").map(|_| ()),
        Err(CollectiveError::LoggedVoteChanged)
    );
    assert_eq!(
        c.remove_proposal("p1").map(|_| ()),
        Err(CollectiveError::ProposalInUse("p1".into()))
    );
}

#[test]
fn collectives_start_from_their_form() {
    assert_eq!(
        Collective::new("Zonnedak BV", LegalForm::Bv).map(|_| ()),
        Err(CollectiveError::UnsupportedLegalForm(LegalForm::Bv))
    );
    assert_eq!(
        Collective::new("  ", LegalForm::Stichting).map(|_| ()),
        Err(CollectiveError::EmptyName)
    );
    let mut c = Collective::new("Buurtfonds", LegalForm::Stichting).unwrap();
    assert!(
        c.rules().rule(DecisionType::Expulsion).is_none(),
        "a stichting expels no one"
    );
    assert!(c.findings().is_empty(), "defaults deviate from nothing");
    c.set_legal_form(LegalForm::VerenigingFull).unwrap();
    assert!(c.rules().rule(DecisionType::Expulsion).is_some());
    // CSV import refuses people who are members already, and takes nothing then.
    let first = parse_members_csv("Ans;ans@x.nl\nBob;bob@x.nl");
    c.import_members(&first.good, None).unwrap();
    let again = parse_members_csv("Cor\nans;ANS@x.nl");
    assert_eq!(
        c.import_members(&again.good, None),
        Err(CollectiveError::SamePerson {
            existing: "m1".into()
        })
    );
    assert_eq!(c.members().len(), 2);
    assert_eq!(c.next_member_id(), "m3");
}

#[test]
fn a_proposal_is_fixed_once_voted_on() {
    let mut c = energy_cooperative();
    // Not voted on yet (on no agenda, or on one without votes): everything may change.
    c.add_proposal(Proposal {
        id: "p3".into(),
        title: "Begrting 2026".into(),
        text: "Concept".into(),
        decision_type: DecisionType::Regular,
        amendments: vec![],
    })
    .unwrap();
    let mut p3 = c.proposal("p3").unwrap().clone();
    p3.title = "Begroting 2026".into();
    p3.text = "De ALV stelt de begroting 2026 vast.".into();
    p3.decision_type = DecisionType::StatuteAmendment;
    c.update_proposal(p3.clone()).unwrap();
    assert_eq!(c.proposal("p3"), Some(&p3));

    // p2 (statute amendment) was voted on, its amendment a1 too.
    let p2 = c.proposal("p2").unwrap().clone();
    let mut changed = p2.clone();
    changed.text.push_str(" (gewijzigd)");
    assert_eq!(
        c.update_proposal(changed),
        Err(CollectiveError::ProposalVoted("p2".into()))
    );
    let mut changed = p2.clone();
    changed.decision_type = DecisionType::Regular;
    assert_eq!(
        c.update_proposal(changed),
        Err(CollectiveError::ProposalVoted("p2".into()))
    );
    let mut changed = p2.clone();
    changed.amendments[0].text = "Vervang \"twee\" door \"drie\".".into();
    assert_eq!(
        c.update_proposal(changed),
        Err(CollectiveError::ProposalVoted("p2".into()))
    );
    let mut changed = p2.clone();
    changed.amendments.clear();
    assert_eq!(
        c.update_proposal(changed),
        Err(CollectiveError::UnknownAmendment("a1".into()))
    );
    assert_eq!(
        c.proposal("p2"),
        Some(&p2),
        "a refused change changes nothing"
    );
    // Adding an amendment stays possible.
    let mut more = p2.clone();
    more.amendments.push(Amendment {
        id: more.next_amendment_id(),
        title: "Drie volmachten".into(),
        text: "Vervang \"twee\" door \"drie\".".into(),
    });
    c.update_proposal(more.clone()).unwrap();
    assert_eq!(c.proposal("p2"), Some(&more));
    assert_eq!(c.proposal("p2").unwrap().amendments[1].id, "a2");
}
