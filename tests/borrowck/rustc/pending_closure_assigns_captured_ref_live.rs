// Pending (session 13, differs from rustc 1.95): the same with y live, then assigned (E0506).
fn test() -> i32 {
    let x = 44;
    let mut y = 22;
    let mut p = &x;
    let mut closure = || { p = &y; };
    closure();
    y = 5;
    return *p;
}

fn main() { println!("{}", test()); }
