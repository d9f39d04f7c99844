// a value moved by one argument and used by a later one (E0382).
fn take2(_v: Vec<i32>, _w: Vec<i32>) {}
fn take(_v: Vec<i32>, _n: usize) {}
fn size(v: &Vec<i32>) -> usize { return v.len(); }

fn a() {
    let v = vec![1];
    take2(v, v);
}

fn b() {
    let v = vec![1];
    take(v, size(&v));
}

fn c() {
    let v = vec![1];
    let n = v.len();
    take(v, n);
}

fn main() {}
