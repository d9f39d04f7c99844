// After rust-lang/rust tests/ui/nll/loan_ends_mid_block_vec.rs: a mutable
// borrow used again later makes every push in between an error.
fn capitalize(_s: &mut Vec<u8>) {}
fn push(v: &mut Vec<u8>, c: u8) { v.push(c); }

fn nll() {
    let mut data = vec![b'a', b'b', b'c'];
    let slice = &mut data;
    capitalize(slice);
    push(&mut data, b'd');
    push(&mut data, b'e');
    push(&mut data, b'f');
    capitalize(slice);
}

fn main() {
    nll();
}
