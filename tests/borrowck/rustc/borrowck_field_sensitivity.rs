// After rust-lang/rust tests/ui/borrowck/borrowck-field-sensitivity.rs
// (the functions without struct update syntax): moves and borrows of x.b
// are tracked per field.
struct A {
    a: i32,
    b: Box<i32>,
}

fn take(_b: Box<i32>) {}
fn use_(_n: i32) {}

fn deref_after_move() {
    let x = A { a: 1, b: Box::new(2) };
    take(x.b);
    use_(*x.b);
}

fn borrow_after_move() {
    let x = A { a: 1, b: Box::new(2) };
    take(x.b);
    let p = &x.b;
    use_(**p);
}

fn move_after_borrow() {
    let x = A { a: 1, b: Box::new(2) };
    let p = &x.b;
    take(x.b);
    use_(**p);
}

fn mut_borrow_after_mut_borrow() {
    let mut x = A { a: 1, b: Box::new(2) };
    let p = &mut x.a;
    let q = &mut x.a;
    use_(*p);
    use_(*q);
}

fn move_after_move() {
    let x = A { a: 1, b: Box::new(2) };
    take(x.b);
    take(x.b);
}

fn main() {
    deref_after_move();
    borrow_after_move();
    move_after_borrow();
    mut_borrow_after_mut_borrow();
    move_after_move();
}
