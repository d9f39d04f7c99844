// What lies between y's death and the two later uses of p (the next iteration's capture, a use after the loop) decides rustc's E0373 or E0597, counted in rustc's MIR statements: a `let` is three, an assignment or `let _ = i` one.
fn for_w_before() -> i32 {
    let x = 1;
    let mut p = &x;
    for i in 0..3 {
        let w = i;
        let y = w;
        let mut c = || { p = &y; };
        c();
    }
    return *p;
}
fn while_discard() -> i32 {
    let x = 1;
    let mut p = &x;
    let mut i = 0;
    while i < 3 {
        let y = i;
        let mut c = || { p = &y; };
        c();
        i += 1;
    }
    let _ = i;
    return *p;
}
fn while_assign_between() -> i32 {
    let x = 1;
    let mut p = &x;
    let mut i = 0;
    while i < 3 {
        let y = i;
        let mut c = || { p = &y; };
        c();
        i += 1;
    }
    i = 7;
    return *p + i;
}
fn for_w_two() -> i32 {
    let x = 1;
    let mut p = &x;
    for i in 0..3 {
        let w = i;
        let y = i;
        let mut c = || { p = &y; };
        c();
    }
    let z = 5;
    let z2 = 5;
    return *p + z + z2;
}
fn main() { println!("{} {} {} {}", for_w_before(), while_discard(), while_assign_between(), for_w_two()); }
