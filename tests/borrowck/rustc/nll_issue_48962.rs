// After rust-lang/rust tests/ui/nll/issue-48962.rs: a *mut moved away
// cannot be used to assign to its target.
struct Node {
    elem: i32,
    next: i32,
}

fn main() {
    let mut node = Node { elem: 1, next: 0 };
    let src = &mut node;
    let dst = src;
    src.next = 2;
    dst.elem = 3;
}
