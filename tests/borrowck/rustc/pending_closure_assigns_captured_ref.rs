// Pending (session 13, differs from rustc 1.95): a closure assigning `&y` of a block local to a captured reference (E0597).
fn test() -> i32 {
    let x = 44;
    let mut p = &x;
    {
        let y = 22;
        let mut closure = || { p = &y; };
        closure();
    }
    return *p;
}

fn main() { println!("{}", test()); }
