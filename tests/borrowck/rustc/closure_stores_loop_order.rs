// Where the capture of p falls in rustc's MIR: after an `if` in a `for` body (E0597: the body path is longer), after a capture of y or of a variable Go copies (a borrow in Rust: two statements more; E0597), a use of p in an `if` after a `while` (E0373).
fn if_in_body() -> i32 {
    let x = 1;
    let mut p = &x;
    for i in 0..3 {
        if i > 5 {
            return 0;
        }
        let y = i;
        let mut c = || { p = &y; };
        c();
    }
    return *p;
}
fn y_first() -> i32 {
    let x = 1;
    let mut p = &x;
    let mut i = 0;
    while i < 3 {
        let y = i;
        let mut c = || { let q = &y; p = q; };
        c();
        i += 1;
    }
    return *p;
}
fn use_in_if() -> i32 {
    let x = 1;
    let mut p = &x;
    let mut i = 0;
    while i < 3 {
        let y = i;
        let mut c = || { p = &y; };
        c();
        i += 1;
    }
    if i > 0 {
        return *p;
    }
    return 0;
}
fn two_captures_before() -> i32 {
    let x = 1;
    let a = 2;
    let mut p = &x;
    let mut i = 0;
    while i < 3 {
        let y = i;
        let mut c = || { let _b = a; p = &y; };
        c();
        i += 1;
    }
    return *p;
}
fn main() { println!("{} {} {} {}", if_in_body(), y_first(), use_in_if(), two_captures_before()); }
