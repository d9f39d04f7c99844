// After rust-lang/rust tests/ui/borrowck/borrowck-overloaded-index-move-from-vec.rs
// (a slice field for the Index impl): `&v.data[0]` is fine, moving the
// Box `v.data[0]` out is E0507.
struct MyVec {
    data: Vec<Box<i32>>,
}

fn main() {
    let v = MyVec { data: vec![Box::new(1), Box::new(2), Box::new(3)] };
    let good = &v.data[0];
    let bad = v.data[0];
    println!("{} {}", **good, *bad);
}
