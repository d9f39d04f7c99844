// After rust-lang/rust tests/ui/borrowck/borrowck-issue-14498.rs: a Box
// holding a `*mut int`: writing `***p` through `p := &y` is E0594;
// writing `**y` while `&***p` is live is E0506, whether the Box is in a
// variable or a field and the `*mut` points to a variable or a field.
struct A {
    a: i32,
}

struct B<'a> {
    a: Box<&'a mut i32>,
}

fn use_(_p: &Box<&mut i32>, _q: &i32) {}

fn indirect_write_to_imm_box() {
    let mut x = 1;
    let mut y = Box::new(&mut x);
    let p = &y;
    ***p = 2;
    use_(p, &x);
}

fn borrow_in_var_from_var() {
    let mut x = 1;
    let mut y = Box::new(&mut x);
    let p = &y;
    let q = &***p;
    **y = 2;
    use_(p, q);
}

fn borrow_in_var_from_field() {
    let mut x = A { a: 1 };
    let mut y = Box::new(&mut x.a);
    let p = &y;
    let q = &***p;
    **y = 2;
    use_(p, q);
}

fn borrow_in_field_from_var() {
    let mut x = 1;
    let mut y = B { a: Box::new(&mut x) };
    let p = &y.a;
    let q = &***p;
    **y.a = 2;
    use_(p, q);
}

fn borrow_in_field_from_field() {
    let mut x = A { a: 1 };
    let mut y = B { a: Box::new(&mut x.a) };
    let p = &y.a;
    let q = &***p;
    **y.a = 2;
    use_(p, q);
}

fn main() {}
