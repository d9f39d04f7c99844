// A closure storing a borrow of one capture into another (rustc's
// closure region requirements): from the closure on, the variable stored
// into holds the loan, so the borrowed variable must outlive its later
// uses: E0597. Into a struct field, a slice element, an appended slice,
// a map, through a captured `*mut`, a copied pointer, a temporary, and a
// closure made inside a closure.
struct S<'a> {
    p: &'a i32,
    n: i32,
}

fn field() -> i32 {
    let x = 1;
    let mut s = S { p: &x, n: 0 };
    {
        let y = 2;
        let mut c = || { s.p = &y; };
        c();
    }
    return *s.p + s.n;
}

fn elem() -> i32 {
    let x = 1;
    let mut ps: Vec<&i32> = vec![&x];
    {
        let y = 2;
        let mut c = || { ps[0] = &y; };
        c();
    }
    return *ps[0];
}

fn appended() -> i32 {
    let x = 1;
    let mut ps: Vec<&i32> = vec![&x];
    {
        let y = 2;
        let mut c = || { ps.push(&y); };
        c();
    }
    return *ps[0];
}

fn mapped() -> i32 {
    let x = 1;
    let mut m: std::collections::HashMap<i32, &i32> = std::collections::HashMap::from([(0, &x)]);
    {
        let y = 2;
        let mut c = || { m.insert(1, &y); };
        c();
    }
    return *m[&0];
}

fn through() -> i32 {
    let x = 1;
    let mut p = &x;
    let q = &mut p;
    {
        let y = 2;
        let mut c = || { *q = &y; };
        c();
    }
    return *p;
}

fn copied() -> i32 {
    let x = 1;
    let mut p = &x;
    {
        let y = 2;
        let q = &y;
        let mut c = || { p = q; };
        c();
    }
    return *p;
}

fn via_temp() -> i32 {
    let x = 1;
    let mut p = &x;
    {
        let y = [1, 2];
        let mut c = || {
            let t = &y[1];
            p = t;
        };
        c();
    }
    return *p;
}

fn nested_local() -> i32 {
    let x = 1;
    let mut p = &x;
    let mut c = || {
        let z = 1;
        let mut d = || { p = &z; };
        d();
    };
    c();
    return *p;
}

fn main() { field(); elem(); appended(); mapped(); through(); copied(); via_temp(); nested_local(); }
