// After rust-lang/rust tests/ui/borrowck/borrowck-use-mut-borrow.rs:
// reading a place while it, or a place containing it, is mutably borrowed
// is E0503; a disjoint field may be read.
struct A {
    a: i32,
    b: Box<i32>,
}

fn use_(_n: i32) {}

fn var_copy_after_var_borrow() {
    let mut x = 1;
    let p = &mut x;
    use_(x);
    *p = 2;
}

fn field_copy_after_field_borrow() {
    let mut t = A { a: 1, b: Box::new(2) };
    let p = &mut t.b;
    use_(t.a);
    **p = 3;
}

fn field_copy_after_var_borrow() {
    let mut t = A { a: 1, b: Box::new(2) };
    let p = &mut t;
    use_(t.a);
    p.a = 10;
}

fn field_deref_after_field_borrow() {
    let mut t = A { a: 1, b: Box::new(2) };
    let p = &mut t.b;
    use_(*t.b);
    **p = 5;
}

fn main() {
    var_copy_after_var_borrow();
    field_copy_after_field_borrow();
    field_copy_after_var_borrow();
    field_deref_after_field_borrow();
}
