// Reassigning a reference ends its old loan, for & and &mut.
fn main() {
    let mut x = 1;
    let y = 2;
    let mut r = &x;
    println!("{}", *r);
    r = &y;
    x = 5;
    println!("{} {}", *r, x);
    let mut a = 1;
    let mut b = 2;
    let mut m = &mut a;
    *m = 3;
    m = &mut b;
    a = 4;
    *m = 5;
    println!("{} {}", a, b);
}
