// After rust-lang/rust tests/ui/borrowck/borrowck-unboxed-closures.rs (fn
// a): calling a function value borrows it, so it cannot be called while
// it is mutably borrowed.
fn use_mut<F>(_g: &mut F) {}

fn a<F: Fn(i32, i32) -> i32>(mut f: F) {
    let g = &mut f;
    f(1, 2);
    use_mut(g);
}

fn main() {}
