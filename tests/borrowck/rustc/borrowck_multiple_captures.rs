// After rust-lang/rust tests/ui/borrowck/borrowck-multiple-captures.rs
// (a closure for `thread::spawn(move || ...)`): a closure that moves
// what it captures moves it when it is made, so it may not take a
// borrowed value (E0505) or a moved one (E0382), and its body may not
// move it twice (E0382).
fn borrow(_p: &Box<i32>) {}
fn take_b(_b: Box<i32>) {}

fn different_vars_after_borrows() {
    let x1 = Box::new(1);
    let p1 = &x1;
    let x2 = Box::new(2);
    let p2 = &x2;
    let f = || {
        take_b(x1);
        take_b(x2);
    };
    borrow(p1);
    borrow(p2);
    f();
}

fn different_vars_after_moves() {
    let x1 = Box::new(1);
    take_b(x1);
    let x2 = Box::new(2);
    take_b(x2);
    let f = || {
        take_b(x1);
        take_b(x2);
    };
    f();
}

fn same_var_after_borrow() {
    let x = Box::new(1);
    let p = &x;
    let f = || {
        take_b(x);
        take_b(x);
    };
    borrow(p);
    f();
}

fn same_var_after_move() {
    let x = Box::new(1);
    take_b(x);
    let f = || {
        take_b(x);
        take_b(x);
    };
    f();
}

fn main() {}
