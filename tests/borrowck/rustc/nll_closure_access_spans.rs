// After rust-lang/rust tests/ui/nll/closure-access-spans.rs: a closure
// that reads, writes or moves x conflicts with a live borrow of x, and a
// closure may not use a moved x.
fn use_mut(_p: &mut i32) {}
fn use_ref(_p: &String) {}
fn take(_s: String) {}

fn closure_imm_capture_conflict(mut x: i32) {
    let r = &mut x;
    let c = || x;
    use_mut(r);
    c();
}

fn closure_mut_capture_conflict(mut x: i32) {
    let r = &mut x;
    let mut c = || { x = 2; };
    use_mut(r);
    c();
}

fn closure_imm_capture_moved(x: String) {
    let r = x;
    let c = || x.len();
    take(r);
    c();
}

fn closure_mut_capture_moved(mut x: String) {
    let r = x;
    let mut c = || { x = String::new(); };
    take(r);
    c();
}

fn main() {}
