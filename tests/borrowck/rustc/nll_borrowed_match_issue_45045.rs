// After rust-lang/rust tests/ui/nll/borrowed-match-issue-45045.rs (an int
// for the enum, a switch for the match): switching on e while `g`, a
// move of `f := &mut e`, is live: E0503.
fn main() {
    let mut e = 0;
    let f = &mut e;
    let g = f;
    match e {
    0 =>
        println!("a"),
    _ =>
        println!("b"),
    }
    *g = 1;
}
