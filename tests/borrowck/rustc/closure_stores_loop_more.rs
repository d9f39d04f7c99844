// More shapes of the closure storing `&y` into p in a loop: a range loop and a println after a `while` are E0373 (the next capture comes first), a use of p in the body after y's block or a `while` whose body starts with `i += 1` E0597.
fn range_for(s: &Vec<i32>) -> i32 {
    let x = 1;
    let mut p = &x;
    for v in s {
        let y = *v;
        let mut c = || { p = &y; };
        c();
    }
    return *p;
}
fn while_println() {
    let x = 1;
    let mut p = &x;
    let mut i = 0;
    while i < 3 {
        let y = i;
        let mut c = || { p = &y; };
        c();
        i += 1;
    }
    println!("{}", *p);
}
fn inner_block() -> i32 {
    let x = 1;
    let mut p = &x;
    for i in 0..3 {
        {
            let y = i;
            let mut c = || { p = &y; };
            c();
        }
        let _w = *p;
    }
    return *p;
}
fn for_underscore() -> i32 {
    let x = 1;
    let mut p = &x;
    for _ in 0..3 {
        let y = 7;
        let mut c = || { p = &y; };
        c();
    }
    return *p;
}
fn while_after_call() -> i32 {
    let x = 1;
    let mut p = &x;
    let mut i = 0;
    while i < 3 {
        i += 1;
        let y = i;
        let mut c = || { p = &y; };
        c();
    }
    return *p;
}
fn main() { let s = vec![1]; println!("{} {} {} {}", range_for(&s), inner_block(), for_underscore(), while_after_call()); while_println(); }
