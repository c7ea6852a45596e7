fn main() {
    std::process::exit(waymark::cli::run());
}
