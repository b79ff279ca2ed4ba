//! `index.html`: the start page.
fn main() {
    samen::start::<samen::bundle::HomeBundle>();
}
