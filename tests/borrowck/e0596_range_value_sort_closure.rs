// What a range loop's value refers to is behind the loop's `&` also for
// a library call that lends it mutably (`sort.Ints(v)`: `v.sort()`,
// through a pointer `(*p).sort()`) and for a closure writing through it
// (`|| v[0] = 2`). A closure calling a Builder's writing method captures
// it mutably (E0502 with a live `&sb`).



fn main() {

    let vs: Vec<Vec<i64>> = vec![vec![2, 1]];
    for v in &vs {
        v.sort();
    }
    for mut v in &vs {
        let p = &mut v;
        (*p).sort();
    }
    for v in &vs {
        let mut f = || { v[0] = 2; };
        f();
    }
    let mut sb = String::new();
    let mut f = || { sb.push_str("x"); };
    let r = &sb;
    f();
    println!("{} {}", r.len(), vs.len());
}
