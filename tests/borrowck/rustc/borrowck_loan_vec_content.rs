// After rust-lang/rust tests/ui/borrowck/borrowck-loan-vec-content.rs and
// borrowck-move-from-subpath-of-borrowed-path.rs: an element lent out of
// a slice keeps the slice borrowed for the call, so a closure argument
// that writes the slice is E0502; moving `*a` out of a borrowed Box is E0505.
fn takes_imm_elt<F>(_v: &i32, mut f: F) where F: FnMut() {
    f();
}

fn has_mut_vec_and_does_not_try_to_change_it() {
    let v: Vec<i32> = vec![1, 2, 3];
    takes_imm_elt(&v[0], || {})
}

fn has_mut_vec_but_tries_to_change_it() {
    let mut v: Vec<i32> = vec![1, 2, 3];
    takes_imm_elt(
        &v[0],
        || {
            v[1] = 4;
        })
}

fn move_from_subpath() {
    let a = Box::new(Box::new(2));
    let b = &a;
    let z = *a;
    println!("{} {}", **b, *z);
}

fn main() {}
