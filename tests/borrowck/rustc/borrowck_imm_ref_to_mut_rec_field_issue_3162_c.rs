// After rust-lang/rust
// tests/ui/borrowck/borrowck-imm-ref-to-mut-rec-field-issue-3162-c.rs: a
// shared reborrow of a mutable borrow still keeps the variable borrowed.
fn use_(_p: &i32) {}

fn main() {
    let mut a = 3;
    let b = &mut a;
    {
        let c = &*b;
        a = 4;
        use_(c);
    }
}
