// After rust-lang/rust tests/ui/borrowck/borrowck-mut-vec-as-imm-slice.rs:
// an owned slice lends itself to a `*[]int` parameter, and the int that
// call returns borrows nothing (accepted, run).
fn want_slice(v: &Vec<i32>) -> i32 {
    let mut sum = 0;
    for i in v {
        sum += *i;
    }
    return sum;
}

fn has_mut_vec(v: Vec<i32>) -> i32 {
    return want_slice(&v);
}

fn main() {
    println!("{}", has_mut_vec(vec![1, 2, 3]));
}
