// After rust-lang/rust
// tests/ui/borrowck/two-phase-allow-access-during-reservation.rs
// (nll_target): an explicit `&mut i` is not two-phase, so reading i while
// p is used later is E0503 both before and after p's first use.
fn main() {
    let mut i = 0;

    let p = &mut i;

    let j = i;

    *p += 1;

    let k = i;

    *p += 1;

    println!("{} {} {}", j, k, *p);
}
