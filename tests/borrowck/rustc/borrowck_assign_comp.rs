// After rust-lang/rust tests/ui/borrowck/borrowck-assign-comp.rs: a field
// assigned while a borrow of the whole struct is used.
struct Point {
    x: i32,
    y: i32,
}
fn main() {
    let mut p = Point { x: 3, y: 4 };
    let q = &p;
    p.x = 5;
    println!("{}", q.x);
}
