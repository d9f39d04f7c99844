// After rust-lang/rust
// tests/ui/borrowck/two-phase-reservation-sharing-interference-2.rs:
// extending v by a slice that borrows v conflicts when the push is
// activated; reading `len(*shared)` before it is fine; so does extending
// v by itself (activation_conflict).
fn double_conflicts() {
    let mut v: Vec<i32> = vec![0, 1, 2];
    let shared = &v;

    v.extend_from_slice(&(*shared)[..]);
}

fn reservation_allowed() {
    let mut v: Vec<i32> = vec![0, 1, 2];
    let shared = &v;

    v.push(shared.len() as i32);
    println!("{}", v.len());
}

fn activation_conflict() {
    let mut v: Vec<i32> = vec![0, 1, 2];

    v.extend_from_slice(&v[..]);
}

fn main() {
    reservation_allowed();
}
