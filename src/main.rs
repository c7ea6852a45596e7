fn main() {
    std::process::exit(waymark::cmd::run());
}
