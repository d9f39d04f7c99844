// After rust-lang/rust tests/ui/nll/promoted-bounds.rs (a block and an
// outer variable for the block expression): a result that may be `&l`
// of a block local, kept past the block: E0597.
fn shorten_lifetime<'a>(a: &'a i32, b: &'a i32) -> &'a i32 {
    if *a < *b {
        return a;
    }
    return b;
}

fn main() {
    let five = 5;
    let a = &five;
    let ptr: &i32;
    {
        let l = 3;
        let b = &l;
        let c = shorten_lifetime(a, b);
        ptr = c;
    }

    println!("{}", *ptr);
}
