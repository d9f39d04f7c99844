// println borrows its arguments: E0502 while mutably borrowed.
fn main() {
    let mut x = 1;
    let m = &mut x;
    println!("{}", x);
    *m = 2;
}
