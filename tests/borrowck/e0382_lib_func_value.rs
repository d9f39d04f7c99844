// A library function used as a value takes its arguments as any func
// value does: it owns them (the twin is a closure taking the Vec or the
// String by value), while calling the function by name only lends them.
#![allow(unused)]







fn main() {
    let mut xs: Vec<i64> = vec![3, 1, 2];
    xs.sort();
    let sorter = |mut v: Vec<i64>| v.sort();
    sorter(xs);
    println!("{:?}", xs);
    let s = String::from("ab");
    println!("{} {}", s.to_uppercase(), s);
    let up = |v: String| v.to_uppercase();
    let t = up(s);
    println!("{} {}", t, s);
}
