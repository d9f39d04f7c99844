// After rust-lang/rust tests/ui/borrowck/borrowck-lend-args.rs: a Box
// parameter, or a `*mut` to one, lends its contents (accepted, run).
fn borrow(v: &i32) { println!("{}", *v); }

fn borrow_from_arg_imm_ref(v: Box<i32>) {
    borrow(&*v);
}

fn borrow_from_arg_mut_ref(v: &mut Box<i32>) {
    borrow(&**v);
}

fn main() {
    let mut b = Box::new(2);
    borrow_from_arg_mut_ref(&mut b);
    borrow_from_arg_imm_ref(b);
}
