// After rust-lang/rust tests/ui/borrowck/borrowck-box-sensitivity.rs: the
// fields of an owned Box are moved and borrowed separately (accepted).
struct A {
    x: Box<i32>,
    y: i32,
}

struct B {
    x: Box<i32>,
    y: Box<i32>,
}

fn copy_after_move() {
    let a = Box::new(A { x: Box::new(0), y: 1 });
    let x = a.x;
    let y = a.y;
    println!("{} {}", *x, y);
}

fn move_after_move() {
    let a = Box::new(B { x: Box::new(0), y: Box::new(1) });
    let x = a.x;
    let y = a.y;
    println!("{} {}", *x, *y);
}

fn borrow_after_move() {
    let a = Box::new(A { x: Box::new(0), y: 1 });
    let x = a.x;
    let y = &a.y;
    println!("{} {}", *x, *y);
}

fn move_after_borrow() {
    let a = Box::new(B { x: Box::new(0), y: Box::new(1) });
    let y = &a.y;
    println!("{}", **y);
    let x = a.x;
    println!("{}", *x);
}

fn main() {
    copy_after_move();
    move_after_move();
    borrow_after_move();
    move_after_borrow();
}
