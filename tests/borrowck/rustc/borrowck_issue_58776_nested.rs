// After rust-lang/rust tests/ui/borrowck/issue-58776-borrowck-scans-children.rs
// (two nested closures, as there): the inner closure's `&greeting` is the
// result; assigning greeting is E0506 (rustc reports no E0505 for the drop after it).
fn drop(_s: String) {}

fn main() {
    let mut greeting = String::from("Hello world!");
    let res = (|| (|| &greeting)())();

    greeting = String::from("DEALLOCATED");
    drop(greeting);

    println!("{}", *res);
}
