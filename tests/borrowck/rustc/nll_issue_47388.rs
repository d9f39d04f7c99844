// After rust-lang/rust tests/ui/nll/issue-47388.rs: a field reached
// through a shared pointer to a *mut cannot be assigned.
struct FancyNum {
    num: u8,
}

fn main() {
    let mut fancy = FancyNum { num: 5 };
    let m = &mut fancy;
    let fancy_ref = &m;
    (*fancy_ref).num = 6;
    println!("{}", fancy_ref.num);
}
