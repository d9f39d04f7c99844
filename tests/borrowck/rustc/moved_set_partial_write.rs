// One E0382 per set of moves reaching a use (shapes/ifmap seed 1754):
// after take_p(p1) the second move and the uses of p1 merge; `&p1.n`
// replaces the buffered `p1.a` move error of its set, and the partial
// writes `p1.n = 2` (checked on p1, rustc's check_parent_of_field) merge
// into it; `p1.a` after its own move is a new set.
struct P {
    a: String,
    n: i32,
}
fn take_p(p: P) { println!("{}", p.n); }
fn main() {
    let mut p1 = P { a: String::from("a3"), n: 3 };
    take_p(p1);
    println!("{}", p1.n);
    take_p(p1);
    let t4 = p1.a;
    let r5 = &p1.n;
    p1.n = 2;
    println!("{}", r5);
    p1.n = 2;
    println!("{}", p1.n);
    println!("{}", p1.a);
    println!("{}", t4);
}
