// After rust-lang/rust tests/ui/nll/issue-48803.rs: `flatten(&&x)` returns
// a borrow of x through two levels; assigning x while it is used: E0506.
fn flatten<'a, 'b>(x: &'a &'b String) -> &'a String {
    return *x;
}

fn main() {
    let mut x = String::from("original");
    let y = &x;
    let z = &y;
    let w = flatten(z);
    x = String::from("modified");

    println!("{}", *w);
}
