// A statement whose accesses at two places conflict with a live loan is
// two errors, as in rustc (one per place and source span): the append's
// `&mut v` (E0499, Vec::push) and its argument v[0] (E0502); a call
// moving w (E0505) and reading w[0] (E0502, with the E0382 of the move);
// y = y + 1 writing (E0506) and reading (E0503) y. `x += 1` reads and
// writes x at one span: one error (hunt seeds 1182, 1350, 1952). Fixed:
// use the mutable borrow before.
fn take_vn(v: Vec<i32>, n: i32) { println!("{} {}", v.len(), n); }

fn main() {
    let mut v = vec![7];
    let m = &mut v[0];
    v.push(v[0]);
    println!("{}", *m);
    let mut w = vec![7];
    let k = &mut w[0];
    take_vn(w, w[0]);
    println!("{}", *k);
    let mut x = 1;
    let r = &mut x;
    x += 1;
    println!("{}", *r);
    let mut y = 1;
    let q = &mut y;
    y = y + 1;
    println!("{}", *q);
}
