// Operands move left to right: a slice literal element moving a slice, a later element reading it (E0382),
// also in an array, a nested literal, a map literal and a struct field's slice literal.
fn c() {
    let v = vec![1];
    let w = vec![v, vec![v.len() as i32]];
    println!("{}", w.len());
}

struct T {
    v: Vec<i32>,
    n: i32,
}

fn mk(n: i32) -> Vec<i32> { return vec![n]; }

fn a1() {
    let v = vec![1];
    let w = [v, vec![v.len() as i32]];
    println!("{}", w.len());
}

fn a2() {
    let v = vec![1];
    let w = vec![T { v: v, n: 0 }, T { v: vec![], n: v.len() as i32 }];
    println!("{}", w.len());
}

fn a3() {
    let v = vec![1];
    let w = vec![v, mk(v.len() as i32)];
    println!("{}", w.len());
}

fn a4() {
    let v = vec![1];
    let w = std::collections::HashMap::from([(1, v), (2, vec![v.len() as i32])]);
    println!("{}", w.len());
}

fn a5() {
    let v = vec![1];
    let w = T { v: v, n: vec![v.len() as i32].len() as i32 };
    println!("{}", w.v.len());
}

fn a6() {
    let v = vec![1];
    let w = vec![vec![v.len() as i32], v];
    println!("{}", w.len());
}

fn a7() {
    let v = vec![1];
    let w = vec![vec![v], vec![vec![v.len() as i32]]];
    println!("{}", w.len());
}

fn main() {}
