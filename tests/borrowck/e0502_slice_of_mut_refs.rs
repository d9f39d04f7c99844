// A slice (or array) of &mut: ks := []*mut int{&mut y, &mut z} stores
// both loans into the literal's backing array; its last use ends both.
// Storing &mut z into *_t does not make _t point to z, so the loan of y
// does not live on in z (was a false reject: E0502 at &y).
fn main() {
    let mut y = 3;
    let mut z = 4;
    let mut ks: Vec<&mut i64> = vec![&mut y, &mut z];
    *ks[0] = 5;
    println!("{}", ks.len());
    let gs: Vec<&i64> = vec![&y, &z];
    println!("{} {}", gs.len(), *gs[0]);
    let mut a = 1;
    let mut b = 2;
    let arr: [&mut i64; 2] = [&mut a, &mut b];
    *arr[1] = 7;
    println!("{} {}", a, b);
    let mut c = 1;
    let cs: Vec<&mut i64> = vec![&mut c];
    println!("{}", c);
    println!("{}", *cs[0]);
}
