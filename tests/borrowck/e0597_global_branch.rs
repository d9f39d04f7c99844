// A borrow of a local stored in a global whose value has a branch (`a && b`): the global's
// address is taken before the branch, in another block than the store (found by the bck_global_of refactor).
static mut GP: Option<&i32> = None;
static mut GQ: [Option<&i32>; 2] = [None, None];

fn choose(_c: bool, p: &i32) -> &i32 { return p; }

fn h(a: bool, b: bool) {
    let y = 2;
    unsafe { GP = Some(choose(a && b, &y)); }
}

fn k(a: bool, b: bool) {
    let z = 2;
    unsafe { GQ[0] = Some(choose(a || b, &z)); }
}

fn main() {
    h(true, false);
    k(true, true);
}
