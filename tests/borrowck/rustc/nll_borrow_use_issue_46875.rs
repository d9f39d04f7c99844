// After rust-lang/rust tests/ui/nll/borrow-use-issue-46875.rs: assigning a
// variable whose borrow is never used again is fine (accepted, run).
fn vec() {
    let mut x = vec![b'c'];
    let y = &x;
    let _ = y;
    x = vec![];
    println!("{}", x.len());
}

fn integer() {
    let mut x = 5;
    let y = &x;
    let _ = y;
    x = 7;
    println!("{}", x);
}

fn main() {
    vec();
    integer();
}
