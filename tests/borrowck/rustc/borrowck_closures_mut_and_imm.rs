// After rust-lang/rust tests/ui/borrowck/borrowck-closures-mut-and-imm.rs:
// a closure that writes x borrows it mutably; another that reads it cannot
// borrow it while the first is still called.
fn main() {
    let mut x = 3;
    let mut c1 = || { x = 4; };
    let c2 = || x * 5;
    c1();
    println!("{}", c2());
}
