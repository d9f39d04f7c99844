// After rust-lang/rust tests/ui/borrowck/borrowck-mut-borrow-linear-errors.rs:
// each `&mut x` kept in a slice across loop iterations conflicts with the
// first live one only: one E0499 per line, not one per pair of lines.
fn main() {
    let mut x = 1;
    let mut addr: Vec<&mut i32> = vec![];
    loop {
        match addr.len() % 3 {
            1 => { addr.push(&mut x); }
            2 => { addr.push(&mut x); }
            _ => { addr.push(&mut x); }
        }
    }
}
