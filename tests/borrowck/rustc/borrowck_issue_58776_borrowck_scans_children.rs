// After rust-lang/rust tests/ui/borrowck/issue-58776-borrowck-scans-children.rs
// (one closure, not two nested): the result of a closure returning
// `&greeting` borrows greeting; assigning it is E0506 (rustc reports no E0505 for the drop after it).
fn drop(_s: String) {}

fn main() {
    let mut greeting = String::from("Hello world!");
    let res = (|| -> &String { return &greeting; })();

    greeting = String::from("DEALLOCATED");
    drop(greeting);

    println!("{}", *res);
}
