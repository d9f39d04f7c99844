// The loop condition reads through a borrow that the body invalidates.
fn main() {
    let mut v = vec![1];
    let r = &v;
    while r.len() < 5 {
        v.push(1);
    }
    println!("{}", v.len());
}
