// After rust-lang/rust tests/ui/nll/loan_ends_mid_block_pair.rs: the first
// assignment to the borrowed field is the error; it also ends the loan, so
// the assignments after it are not reported again.
struct Data {
    a: i32,
    b: i32,
}
fn bump(p: &mut i32) { *p = *p + 1; }
fn main() {
    let mut data = Data { a: 1, b: 2 };
    let c = &mut data.a;
    bump(c);
    data.a = 5;
    data.a = 6;
    data.a = 7;
    bump(c);
}
