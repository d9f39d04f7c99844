// `v = append(v, x)` is Vec::push, whose `&mut v` is two-phase: reserved
// first (a live `&mut` of v conflicts there: E0499), activated at the
// call (a live `&v`: E0502). With both live, rustc reports E0499 (fmt
// generator seed 33).
fn main() {
    let mut v = vec![3];
    let r = &v;
    let m = &mut v[0];
    v.push(1);
    println!("{}", r.len());
    println!("{}", *m);
    let mut w = vec![4];
    let s = &w;
    w.push(2);
    println!("{}", s.len());
}
