// After rust-lang/rust tests/ui/nll/closure-borrow-spans.rs: a closure
// borrows what it captures for as long as it is called (shared when it
// reads x, mutably when it writes x, uniquely when it writes through a
// captured *mut): moving, borrowing, assigning or dropping x meanwhile
// is an error.
fn take(_s: String) {}
fn use_ref(_p: &i32) {}
fn use_mut(_p: &mut i32) {}
fn use_ref_ref(_p: &&mut i32) {}
fn use_mut_ref(_p: &mut &mut i32) {}

fn move_while_borrowed(x: String) {
    let f = || x.len();
    let y = x;
    f();
    take(y);
}

fn borrow_mut_while_borrowed(mut x: i32) {
    let f = || x;
    let y = &mut x;
    f();
    use_mut(y);
}

fn drop_while_borrowed() {
    let f;
    {
        let x = 1;
        f = || x;
    }
    f();
}

fn assign_while_borrowed(mut x: i32) {
    let f = || x;
    x = 1;
    f();
}

fn copy_while_borrowed_mut(mut x: i32) {
    let mut f = || { x = 0; };
    let y = x;
    f();
    use_ref(&y);
}

fn borrow_while_borrowed_mut(mut x: i32) {
    let mut f = || { x = 0; };
    let y = &x;
    f();
    use_ref(y);
}

fn borrow_mut_while_borrowed_mut(mut x: i32) {
    let mut f = || { x = 0; };
    let y = &mut x;
    f();
    use_mut(y);
}

fn drop_while_borrowed_mut() {
    let mut f;
    {
        let mut x = 1;
        f = || { x = 0; };
    }
    f();
}

fn assign_while_borrowed_mut(mut x: i32) {
    let mut f = || { x = 0; };
    x = 1;
    f();
}

fn copy_while_borrowed_unique(x: &mut i32) {
    let mut f = || { *x = 0; };
    let y = x;
    f();
    use_mut(y);
}

fn borrow_while_borrowed_unique(x: &mut i32) {
    let mut f = || { *x = 0; };
    let y = &x;
    f();
    use_ref_ref(y);
}

fn borrow_mut_while_borrowed_unique(mut x: &mut i32) {
    let mut f = || { *x = 0; };
    let y = &mut x;
    f();
    use_mut_ref(y);
}

fn drop_while_borrowed_unique() {
    let mut z = 1;
    let mut f;
    {
        let x = &mut z;
        f = || { *x = 0; };
    }
    f();
}

fn assign_while_borrowed_unique(x: &mut i32) {
    let mut f = || { *x = 0; };
    *x = 1;
    f();
}

fn main() {}
