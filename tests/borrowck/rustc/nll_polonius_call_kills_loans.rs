// After rust-lang/rust tests/ui/nll/polonius/call-kills-loans.rs: a call
// result assigned to the `*mut` it reborrowed ends the old loan
// (accepted, run).
struct Thing {
    n: i32,
}

impl Thing { fn next(&mut self) -> &mut Thing { self } }

fn main() {
    let mut temp = &mut Thing { n: 1 };

    for _i in 0..3 {
        let v = temp.next();
        temp = v;
    }
    println!("{}", temp.n);
}
