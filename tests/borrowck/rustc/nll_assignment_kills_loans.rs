// After rust-lang/rust tests/ui/nll/polonius/assignment-kills-loans.rs:
// assigning a new borrow to p ends the old one, so x may be written.
fn main() {
    let mut x = 1;
    let mut y = 2;
    let mut p = &mut x;
    *p = 3;
    p = &mut y;
    x = 4;
    *p = 5;
    println!("{} {}", x, y);
}
