// (*mut [N]T)(s) borrows s as `(&mut s[..N]).try_into().unwrap()` does:
// mutable, so a read of s while the pointer lives is E0502 and a second
// such conversion E0499; writes through it are fine. (`*mut T` in an
// expression is a type: this was a syntax error before session 17.)
fn main() {
    let mut v = vec![1, 2, 3];
    let p: &mut [i64; 2] = (&mut v[..2]).try_into().unwrap();
    println!("{}", v[0]);
    p[1] = 5;
    let mut w = vec![1, 2, 3];
    let q: &mut [i64; 2] = (&mut w[..2]).try_into().unwrap();
    let r: &mut [i64; 1] = (&mut w[..1]).try_into().unwrap();
    q[0] = 4;
    r[0] = 6;
    let mut s = vec![7, 8];
    let m: &mut [i64; 2] = (&mut s[..2]).try_into().unwrap();
    m[1] = 9;
    println!("{}", s[1]);
}
