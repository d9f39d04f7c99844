// After rust-lang/rust tests/ui/borrowck/borrowck-local-borrow-outlives-fn.rs.
fn cplusplus_mode(x: i32) -> &'static i32 {
    return &x;
}
fn main() { println!("{}", *cplusplus_mode(1)); }
