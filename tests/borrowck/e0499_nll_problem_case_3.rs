// NLL problem case #3: a mutable borrow returned on one path is still held on the other.
fn first(v: &mut Vec<i32>) -> &mut i32 {
    let p = &mut v[0];
    if *p > 0 {
        return p;
    }
    v.push(1);
    return &mut v[0];
}
fn main() {
    let mut s = vec![1];
    println!("{}", *first(&mut s));
}
