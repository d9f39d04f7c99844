// The first later use rustc's cause search finds may be another closure's capture of p (`c2 := func() int { return *p }`), after a loop or a plain block: E0373 as well; nested loops: the inner loop's next capture.
fn while_then_closure() -> i32 {
    let x = 1;
    let mut p = &x;
    let mut i = 0;
    while i < 3 {
        let y = i;
        let mut c = || { p = &y; };
        c();
        i += 1;
    }
    let c2 = || *p;
    return c2();
}
fn block_then_closure() -> i32 {
    let x = 1;
    let mut p = &x;
    {
        let y = 2;
        let mut c = || { p = &y; };
        c();
    }
    let c2 = || *p;
    return c2();
}
fn nested_loops() -> i32 {
    let x = 1;
    let mut p = &x;
    for i in 0..3 {
        for j in 0..2 {
            let y = i + j;
            let mut c = || { p = &y; };
            c();
        }
    }
    return *p;
}
fn main() { println!("{} {} {}", while_then_closure(), block_then_closure(), nested_loops()); }
