// Pending (session 14; fixed session 15, e0373): a closure storing `&y` of a loop body's local into a captured p, p used after the loop: rustc E0373 ("closure may outlive the current block"), its cause search finding the next iteration's capture of p first.
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
