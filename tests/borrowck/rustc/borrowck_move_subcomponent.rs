// After rust-lang/rust tests/ui/borrowck/borrowck-move-subcomponent.rs:
// moving a field out of a struct while the struct is borrowed.
struct S {
    x: Box<i32>,
}

fn f(_p: &S) {}

fn main() {
    let a = S { x: Box::new(1) };
    let pb = &a;
    let ax = a.x;
    f(pb);
    println!("{}", *ax);
}
