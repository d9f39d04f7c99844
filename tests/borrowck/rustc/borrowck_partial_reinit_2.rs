// After rust-lang/rust tests/ui/borrowck/borrowck-partial-reinit-2.rs
// (a slice for `Option<Box<Test>>`, no destructor): assigning a field of
// a struct moved into another is E0382.
struct Test {
    a: i32,
    b: Vec<Test>,
}

fn stuff() {
    let mut t = Test { a: 1, b: vec![] };
    let u = Test { a: 2, b: vec![t] };
    t.b = vec![u];
    println!("done");
}

fn main() {
    stuff();
}
