// After rust-lang/rust tests/ui/borrowck/borrowck-move-out-of-struct-with-dtor.rs
// (a field read for the patterns): moving a field out of a struct that
// has a destructor is E0509; copying an int field is fine.
struct S {
    f: String,
    n: i32,
}

impl Drop for S { fn drop(&mut self) {} }

fn move_field() {
    let x = S { f: String::from("foo"), n: 1 };
    let y = x.f;
    println!("{}", y);
}

fn copy_field() {
    let x = S { f: String::from("foo"), n: 1 };
    let m = x.n;
    println!("{}", m);
}

fn main() {}
