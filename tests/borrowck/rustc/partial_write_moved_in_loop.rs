// A partial write `p3.n = 4` of a value moved in a previous iteration
// is checked on p3 (rustc's check_parent_of_field): the walk for its
// moves does not stop at an earlier `p3.n = 9`, so its error merges
// with the later `p3.a` (wide seed 1866; was reported at the write).
struct P {
    a: String,
    n: i32,
}
fn take_p(p: P) { println!("{}", p.n); }
fn main() {
    let mut p3 = P { a: String::from("a6"), n: 6 };
    for i in 0..2 {
        if i > 0 {
            continue;
        }
        p3.n = 9;
        println!("{}", i);
        p3.n = 4;
        take_p(p3);
        println!("{}", p3.n);
        take_p(p3);
    }
    println!("{}", p3.a);
}
