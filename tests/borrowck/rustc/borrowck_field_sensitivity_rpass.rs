// After rust-lang/rust tests/ui/borrowck/borrowck-field-sensitivity-rpass.rs
// (without struct update syntax, which ML0 does not have): moves, copies
// and borrows of distinct fields, and re-initialising a moved field or the
// whole struct (accepted, run).
struct A {
    a: i32,
    b: Box<i32>,
}

struct B {
    a: Box<i32>,
    b: Box<i32>,
}

fn drop_i(v: i32) { println!("{}", v); }
fn drop_b(v: Box<i32>) { println!("{}", *v); }

fn move_after_copy() {
    let mut x = A { a: 1, b: Box::new(2) };
    drop_i(x.a);
    drop_b(x.b);
}

fn copy_after_move() {
    let mut x = A { a: 1, b: Box::new(2) };
    drop_b(x.b);
    drop_i(x.a);
}

fn borrow_after_move() {
    let mut x = A { a: 1, b: Box::new(2) };
    drop_b(x.b);
    let p = &x.a;
    drop_i(*p);
}

fn move_after_borrow() {
    let mut x = A { a: 1, b: Box::new(2) };
    let p = &x.a;
    drop_b(x.b);
    drop_i(*p);
}

fn mut_borrow_after_mut_borrow() {
    let mut x = A { a: 1, b: Box::new(2) };
    let p = &mut x.a;
    let q = &mut x.b;
    drop_i(*p);
    drop_i(**q);
}

fn move_after_move() {
    let mut x = B { a: Box::new(1), b: Box::new(2) };
    drop_b(x.a);
    drop_b(x.b);
}

fn copy_after_assign_after_move() {
    let mut x = A { a: 1, b: Box::new(2) };
    drop_b(x.b);
    x = A { a: 3, b: Box::new(4) };
    drop_i(*x.b);
}

fn copy_after_field_assign_after_move() {
    let mut x = A { a: 1, b: Box::new(2) };
    drop_b(x.b);
    x.b = Box::new(3);
    drop_i(*x.b);
}

fn borrow_after_assign_after_move() {
    let mut x = A { a: 1, b: Box::new(2) };
    drop_b(x.b);
    x = A { a: 3, b: Box::new(4) };
    let p = &x.b;
    drop_i(**p);
}

fn borrow_after_field_assign_after_move() {
    let mut x = A { a: 1, b: Box::new(2) };
    drop_b(x.b);
    x.b = Box::new(3);
    let p = &x.b;
    drop_i(**p);
}

fn move_after_assign_after_move() {
    let mut x = A { a: 1, b: Box::new(2) };
    let y = x.b;
    x = A { a: 3, b: Box::new(4) };
    drop_b(x.b);
    drop_b(y);
}

fn move_after_field_assign_after_move() {
    let mut x = A { a: 1, b: Box::new(2) };
    drop_b(x.b);
    x.b = Box::new(3);
    drop_b(x.b);
}

fn copy_after_assign_after_uninit() {
    let mut x: A;
    x = A { a: 1, b: Box::new(2) };
    drop_i(x.a);
}

fn borrow_after_assign_after_uninit() {
    let mut x: A;
    x = A { a: 1, b: Box::new(2) };
    let p = &x.a;
    drop_i(*p);
}

fn move_after_assign_after_uninit() {
    let mut x: A;
    x = A { a: 1, b: Box::new(2) };
    drop_b(x.b);
}

fn main() {
    move_after_copy();
    copy_after_move();
    borrow_after_move();
    move_after_borrow();
    mut_borrow_after_mut_borrow();
    move_after_move();
    copy_after_assign_after_move();
    copy_after_field_assign_after_move();
    borrow_after_assign_after_move();
    borrow_after_field_assign_after_move();
    move_after_assign_after_move();
    move_after_field_assign_after_move();
    copy_after_assign_after_uninit();
    borrow_after_assign_after_uninit();
    move_after_assign_after_uninit();
}
