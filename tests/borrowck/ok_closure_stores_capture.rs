// Closures storing a borrow of one capture into another, accepted: the
// variable stored into is reassigned before the borrowed one changes,
// only read, or the borrowed variable outlives every use; a closure that
// only reads its captures stores nothing; one that writes y but stores
// `&x` lends nothing of y.
fn reassigned() -> i32 {
    let x = 1;
    let mut y = 2;
    let mut p = &x;
    let mut c = || { p = &y; };
    c();
    p = &x;
    y = 5;
    return *p + y;
}

fn reads_only() -> i32 {
    let x = 1;
    let mut y = 2;
    let p = &x;
    let c = || { println!("{} {}", *p, y); };
    c();
    y = 5;
    return *p + y;
}

fn outlives() -> i32 {
    let y = 7;
    let x = 1;
    let mut p = &x;
    {
        let mut c = || {
            let mut d = || { p = &y; };
            d();
        };
        c();
    }
    return *p + y;
}

fn other() -> i32 {
    let x = 1;
    let mut y = 2;
    let z = 0;
    let mut p = &z;
    let mut c = || {
        y = 3;
        p = &x;
    };
    c();
    y = 4;
    return *p + y;
}

fn main() {
    println!("{} {} {} {}", reassigned(), reads_only(), outlives(), other());
}
