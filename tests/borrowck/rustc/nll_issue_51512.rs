// After rust-lang/rust tests/ui/nll/issue-51512.rs: reading a field of a
// moved struct is E0382 (a struct holding a slice moves, as Range does).
struct Span {
    start: i32,
    end: i32,
    tags: Vec<i32>,
}

fn main() {
    let rng = Span { start: 0, end: 1, tags: vec![] };
    let r = rng;
    let x = rng.start;
    println!("{} {}", r.end, x);
}
