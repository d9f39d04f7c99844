// After rust-lang/rust tests/ui/borrowck/unboxed-closures-move-upvar-from-non-once-ref-closure.rs:
// a closure passed as a `func()` that moves a captured slice into a
// call: E0507.
fn call<F>(mut f: F) where F: FnMut() { f(); }
fn take(_v: Vec<String>) {}

fn main() {
    let y = vec![String::from("World")];
    call(|| {
        take(y);
    });
}
