// After rust-lang/rust tests/ui/nll/closures-in-loops.rs: a closure
// made in a loop and kept past the iteration conflicts with the one made
// by the next iteration.
fn repeated_mut_borrow(mut x: String) {
    let mut v = Vec::new();
    for _i in 0..10 {
        v.push(|| { x = String::new(); });
    }
}

fn repeated_unique_borrow(x: &mut String) {
    let mut v = Vec::new();
    for _i in 0..10 {
        v.push(|| { *x = String::new(); });
    }
}

fn main() {}
