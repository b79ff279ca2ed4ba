fn main() {
    samen::start();
}
