// A closure reading a range loop's value v (`for _, v := range vs`, Rust's
// `for v in &vs`) captures `*v`, a reborrow through the loop's `&`: it
// may outlive the iteration, and keeps vs borrowed (was a false reject:
// E0506/E0597 on v). Taking `&x` of a reference x keeps what x borrows.
fn main() {
    let vs: Vec<Vec<i64>> = vec![vec![1], vec![2, 3]];
    let mut fs: Vec<Box<dyn Fn() -> i64 + '_>> = Vec::new();
    for v in &vs {
        fs.push(Box::new(|| v[0] + v.len() as i64));
    }
    println!("{} {}", fs.len(), fs[1]());
    let mut ws: Vec<Vec<i64>> = vec![vec![4]];
    let mut gs: Vec<Box<dyn Fn() -> i64 + '_>> = Vec::new();
    for w in &ws {
        gs.push(Box::new(|| w[0]));
    }
    ws.push(vec![5]);
    println!("{}", gs[0]());
    let mut y = 1;
    let x = &y;
    let p = &x;
    y = 5;
    println!("{}", **p);
}
