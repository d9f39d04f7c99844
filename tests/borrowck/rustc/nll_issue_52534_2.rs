// After rust-lang/rust tests/ui/nll/issue-52534-2.rs: a borrow of a block
// local kept in an outer variable used after the block: E0597.
fn foo(x: &i32) -> &i32 {
    let y: &i32;

    {
        let x = 32;
        y = &x;
    }

    println!("{}", *y);
    return x;
}

fn main() {}
