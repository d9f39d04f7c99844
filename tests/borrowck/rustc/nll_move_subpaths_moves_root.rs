// After rust-lang/rust tests/ui/nll/move-subpaths-moves-root.rs: after a
// field is moved out, the whole struct can no longer be used.
struct Pair {
    v: Vec<i32>,
    n: i32,
}

fn take_v(_v: Vec<i32>) {}
fn take(_p: Pair) {}

fn main() {
    let x = Pair { v: vec![1], n: 2 };
    take_v(x.v);
    take(x);
}
