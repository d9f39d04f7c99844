// format_args! borrows every operand, a Copy one too, until the call:
// `fmt.Println(x, bump(&mut x))` is E0502, and printing `*m` keeps m's
// `&mut` (its reborrow `&*m`) alive while a later operand is borrowed
// (fmt generator seeds 75 and 154).
// twin
fn bump(p: &mut i64) -> i64 { *p = *p + 1; *p }
fn main() {
    let mut x = 1;
    println!("{} {}", x, bump(&mut x));
    let mut b = Box::new(2);
    let m = &mut *b;
    println!("{} {}", *m, b);
    let mut y = 5;
    let p = &y;
    let s = format!("{} {}", *p, bump(&mut y));
    println!("{}", s);
    let mut z = 7;
    let q = &mut z;
    println!("{} {}", z, *q);
    let mut w = vec![1, 2];
    let h = &w[0..1];
    println!("{} {}", h[0], bump(&mut w[1]));
    let mut n = 4;
    println!("{} {}", bump(&mut n), n);
    let v = n;
    println!("{} {}", v, bump(&mut n));
}
