// After rust-lang/rust tests/ui/nll/borrowed-referent-issue-38899.rs: a
// reborrow through a pointer that is itself mutably borrowed.
struct Block<'a> {
    current: &'a i32,
    unrelated: &'a i32,
}

fn use_(_p: &i32) {}
fn use_mut(_x: &mut &mut Block) {}

fn bump(mut block: &mut Block) {
    let x = &mut block;
    let p = &*block.current;
    use_mut(x);
    use_(p);
}

fn main() {}
