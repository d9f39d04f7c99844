// After rust-lang/rust tests/ui/nll/issue-30438-a.rs (a method for the
// Index impl): returning `&Test{..}` from a method is returning a
// temporary, E0515, even when the struct only holds a borrow.
struct Test<'a> {
    s: &'a String
}

impl<'a> Test<'a> { fn index(&self, _i: usize) -> &Test<'a> {
    return &Test { s: self.s };
} }

fn main() {
    let s = String::from("Hello World");
    let test = Test { s: &s };
    let r = test.index(0);
    println!("{}", *test.s);
    println!("{}", *r.s);
}
