// After rust-lang/rust tests/ui/nll/issue-53807.rs (no `if let`): a
// slice moved in a loop is moved in the previous iteration: E0382.
fn main() {
    let maybe = vec![true, true];
    for _i in 0..2 {
        if maybe.len() > 0 {
            let thing = maybe;
            println!("{}", thing.len());
        }
    }
}
