// After rust-lang/rust tests/ui/borrowck/two-phase-reservation-sharing-interference.rs
// (nll_target): `delay = &mut vec` while `shared := &vec` is used later
// in the block is E0502 (an explicit `&mut` is not two-phase).
fn main() {
    let mut vec = vec![0, 1];
    let delay: &mut Vec<i32>;
    {
        let shared = &vec;
        delay = &mut vec;
        let _ = (*shared)[0];
    }
    delay.push(2);
}
