// rustc follows a loop's back edge, looking for the moves a use reports,
// only when no move is found without it: `u := s` in the loop is reached
// by the move before the loop (already reported at `println(s)`) and by
// itself in the previous iteration, and is no second error. A value
// moved only inside the loop is "moved here, in previous iteration of
// loop". Likewise a write into a moved struct's field.
struct P {
    a: String,
    n: i64,
}
fn take_s(s: String) { println!("{}", s); }
fn take_p(p: P) { println!("{}", p.n); }
fn main() {
    let s = "a".to_string();
    let t = s;
    println!("{}", s);
    for i in 0..2 {
        let u = s;
        println!("{} {}", u, i);
    }
    let v = "b".to_string();
    for _i in 0..2 {
        take_s(v);
    }
    let mut p = P { a: "p".to_string(), n: 1 };
    take_p(p);
    println!("{}", p.n);
    for _i in 0..2 {
        p.a = "w".to_string();
        take_p(p);
    }
    println!("{}", t);
}
