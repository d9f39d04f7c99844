// Which use of a moved Box is reported (difftest seed 835): rustc keeps the
// last use in its visiting order unless the use is a prefix of the one
// already reported, and `*b` is a longer path than `b` (a Box owns its
// contents), so the read after the inner loop replaces the write before it.
fn take_b(_b: Box<i32>) {}

fn main() {
    let mut b3 = Box::new(7);
    for _i in 0..2 {
        *b3 = 8;
        for _j in 0..2 {
            take_b(b3);
        }
        println!("{}", *b3);
    }
}
