// After rust-lang/rust tests/ui/nll/issue-30438-c.rs (no trait projection):
// returning the address of a local is E0515 even when the result's lifetime
// is tied to a parameter's.
struct Test {
    s: String,
}

fn silly(s: &Test) -> &Test {
    let x = Test { s: String::from("this cannot last") };
    return &x;
}

fn main() {
    let orig = Test { s: String::from("Hello World") };
    let r = silly(&orig);
    println!("{}", orig.s);
    println!("{}", r.s);
}
