// After rust-lang/rust tests/ui/nll/issue-52663-span-decl-captured-variable.rs
// (a struct for the tuple; `FnMut` for its `Fn`: a `func()` is one): a
// closure passed as a `func()` that moves a field of a capture out: E0507.
struct Pair {
    a: Vec<i32>,
    b: Vec<i32>,
}

fn expect_fn<F>(mut f: F) where F: FnMut() { f(); }
fn drop(_v: Vec<i32>) {}

fn main() {
    {
        let x = Pair { a: vec![22], b: vec![44] };
        expect_fn(|| { drop(x.a) });
    }
}
