//! `collectief.html`: the collective and meeting mode.
fn main() {
    samen::start::<samen::bundle::CollectiveBundle>();
}
