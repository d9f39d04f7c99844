// A closure storing `&y` of a block's local into a captured p: rustc says E0373 ("closure may outlive the current block") when the first later use it finds (a breadth-first walk of the MIR from y's death) is the next iteration's capture of p, E0597 when it is a use of p after the loop.
struct S<'a> { r: &'a i32 }
fn for_use() -> i32 {
    let x = 1;
    let mut p = &x;
    for i in 0..3 {
        let y = i;
        let mut c = || { p = &y; };
        c();
    }
    return *p;
}
fn for_no_use() {
    let x = 1;
    let mut p = &x;
    for i in 0..3 {
        let y = i;
        let mut c = || { p = &y; };
        c();
    }
}
fn while_direct() -> i32 {
    let x = 1;
    let mut p = &x;
    let mut i = 0;
    while i < 3 {
        let y = i;
        let mut c = || { p = &y; };
        c();
        i += 1;
    }
    return *p;
}
fn while_between() -> i32 {
    let x = 1;
    let mut p = &x;
    let mut i = 0;
    while i < 3 {
        let y = i;
        let mut c = || { p = &y; };
        c();
        i += 1;
    }
    let z = 5;
    return *p + z;
}
fn while_no_use() {
    let x = 1;
    let mut p = &x;
    let mut i = 0;
    while i < 3 {
        let y = i;
        let mut c = || { p = &y; };
        c();
        i += 1;
    }
}
fn block_between() -> i32 {
    let x = 1;
    let mut p = &x;
    {
        let y = 2;
        let mut c = || { p = &y; };
        c();
    }
    let z = 5;
    return *p + z;
}
fn loop_break() -> i32 {
    let x = 1;
    let mut p = &x;
    loop {
        let y = 2;
        let mut c = || { p = &y; };
        c();
        break;
    }
    let z = 5;
    return *p + z;
}
fn field_for() -> i32 {
    let x = 1;
    let mut s = S { r: &x };
    for i in 0..3 {
        let y = i;
        let mut c = || { s.r = &y; };
        c();
    }
    return *s.r;
}
fn main() { println!("{} {} {} {} {} {}", for_use(), while_direct(), while_between(), block_between(), loop_break(), field_for()); for_no_use(); while_no_use(); }
