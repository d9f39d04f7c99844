// After a Box moved, `*b = v` initialises `*b` (rustc's move paths go
// through a Box): the write is the error (b itself is moved), but later
// uses of `*b` are not (difftest seeds 442, 446).
fn take_b(_b: Box<i32>) {}

fn main() {
    let mut b2 = Box::new(4);
    take_b(b2);
    *b2 = 4;
    let r = &*b2;
    for _i in 0..2 {
        println!("{}", *b2);
    }
    println!("{}", *r);
}
