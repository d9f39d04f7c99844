// A closure that reads a variable borrows it (Rust's non-move closure
// captures `&x`), so making it while the variable is mutably borrowed is
// E0502, not E0503 (shapes seed 476). Fixed: make the closure after the
// last use of the mutable borrow.
fn main() {
    let mut v = vec![1, 2];
    let mut x = 3;
    let m = &mut v[0];
    let f = || v[0] + 1;
    let r = &mut x;
    let g = || x + 1;
    *r = 4;
    *m = 5;
    println!("{} {}", f(), g());
}
