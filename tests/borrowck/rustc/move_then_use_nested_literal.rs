// Probe (session 14): a nested slice literal after a moving operand: a call argument, a struct field, a return,
// and the elements of one append (`w.extend([v, ..])`) move left to right (E0382).
struct T {
    v: Vec<i32>,
    w: Vec<i32>,
}

fn f2(_a: Vec<i32>, _b: Vec<i32>) -> i32 { return 0; }

fn b1() {
    let v = vec![1];
    println!("{}", f2(v, vec![v.len() as i32]));
}

fn b2() {
    let v = vec![1];
    let t = T { v: v, w: vec![v.len() as i32] };
    println!("{}", t.v.len());
}

fn b3() -> Vec<Vec<i32>> {
    let v = vec![1];
    return vec![v, vec![v.len() as i32]];
}

fn b4() {
    let v = vec![1];
    let mut w: Vec<Vec<i32>> = vec![];
    w.extend([v, vec![v.len() as i32]]);
    println!("{}", w.len());
}

fn main() {}
