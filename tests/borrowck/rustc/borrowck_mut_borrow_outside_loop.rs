// After rust-lang/rust tests/ui/borrowck/mut-borrow-outside-loop.rs: two
// live mutable borrows of one variable, outside and inside a loop.
fn use_mut(_p: &mut i32) {}

fn main() {
    let mut void = 0;
    let first = &mut void;
    let second = &mut void;
    use_mut(first);
    use_mut(second);
    loop {
        let mut inner_void = 0;
        let inner_first = &mut inner_void;
        let inner_second = &mut inner_void;
        use_mut(inner_second);
        use_mut(inner_first);
    }
}
