// After rust-lang/rust tests/ui/borrowck/issue-11493.rs (a function for
// `unwrap_or`, a struct literal for `id(5)`): a result that may be the
// temporary `&Q{n: k}` used in a later statement: E0716.
struct Q {
    n: i32,
}

fn pick<'a>(a: &'a Q, b: &'a Q) -> &'a Q {
    if a.n > 0 {
        return a;
    }
    return b;
}

fn main() {
    let x = Q { n: 3 };
    let k = 5;
    let y = pick(&x, &Q { n: k });
    println!("{}", y.n);
}
