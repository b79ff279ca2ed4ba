//! `rechtsvorm.html`: the legal-form guide.
fn main() {
    samen::start::<samen::bundle::LegalBundle>();
}
