// Pending (session 14, differs from rustc 1.95): a closure storing `&y` of a loop body's local into a captured p, p used after the loop: rustc E0373 ("closure may outlive the current block"), ml0c E0597 on the same line.
fn test() -> i32 {
    let x = 1;
    let mut p = &x;
    for i in 0..3 {
        let y = i;
        let mut c = || { p = &y; };
        c();
    }
    return *p;
}

fn main() { println!("{}", test()); }
