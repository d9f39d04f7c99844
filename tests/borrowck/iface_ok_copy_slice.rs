// An element of a slice or array of `&dyn T` is Copy, as in Rust's
// `Vec<&dyn T>`: `show(ks[1])` twice, `k := ks[0]`, ranging and appending
// keep the slice usable. The slice must only ever hold shared-pointer
// interfaces (literal elements, append, `ks[i] = &z`); a slice that may
// own boxes moves its elements (E0507: iface_e0507_slice_owned).
trait Shower {
    fn show(&self) -> i64;
}
struct Num {
    n: i64,
}
impl Shower for Num { fn show(&self) -> i64 { self.n } }
fn show(s: &dyn Shower) -> i64 { return s.show() }
fn main() {
    let mut y = Num { n: 3 };
    let z = Num { n: 4 };
    let j: &dyn Shower = &y;
    let ks: Vec<&dyn Shower> = vec![j, &z];
    println!("{} {} {}", show(ks[1]), show(ks[1]), ks[0].show());
    let k = ks[0];
    println!("{} {} {}", show(k), show(k), ks.len());
    let mut vs: Vec<&dyn Shower> = Vec::new();
    vs.push(j);
    vs.push(&z);
    vs[0] = &z;
    for &v in &vs {
        println!("{} {}", show(v), show(v));
    }
    let arr: [&dyn Shower; 2] = [j, &y];
    let a0 = arr[0];
    println!("{} {} {}", show(arr[1]), show(a0), show(arr[0]));
    y.n = 5;
    println!("{}", y.n);
}
