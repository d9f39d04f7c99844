// After rust-lang/rust tests/ui/borrowck/issue-87456-point-to-closure.rs:
// a closure passed as a `func()` (an `FnMut`) that moves a captured
// string out: E0507.
fn take_mut(_val: impl FnMut()) {}

fn main() {
    let val = String::new();

    take_mut(|| {

        let foo: String = val;
        println!("{}", foo);

    })
}
