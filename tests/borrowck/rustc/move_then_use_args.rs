// an argument moving a string or slice, a later argument reading it (E0382).
fn take(_v: Vec<i32>, _n: usize) {}
fn take_s(_s: String, _n: usize) {}

fn a() {
    let v = vec![1];
    take(v, v.len());
}

fn b() {
    let s = String::from("x");
    take_s(s, s.len());
}

fn main() {}
