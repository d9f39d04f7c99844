// (*[N]T)(s) borrows s as `(&s[..N]).try_into().unwrap()` does: shared,
// conflicting with a later write to s or append while the pointer lives
// (E0502), and read-only through the pointer (E0594); reads of s beside
// it are fine.
fn main() {
    let mut v = vec![1, 2, 3];
    let p: &[i64; 2] = (&v[..2]).try_into().unwrap();
    v[1] = 5;
    println!("{}", p[0]);
    let w = vec![1, 2, 3];
    let q: &[i64; 2] = (&w[..2]).try_into().unwrap();
    println!("{}", w[0]);
    println!("{}", q[1]);
    let mut u = vec![1, 2];
    let r: &[i64; 1] = (&u[..1]).try_into().unwrap();
    u.push(3);
    println!("{}", r[0]);
    let s = vec![7, 8];
    let m: &[i64; 2] = (&s[..2]).try_into().unwrap();
    m[1] = 9;
    println!("{}", s[1]);
}
