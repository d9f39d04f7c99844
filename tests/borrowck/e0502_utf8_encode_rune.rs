// utf8.EncodeRune writes into its buffer: the Rust twin's `r.encode_utf8(&mut buf)` is a mutable borrow, E0502 while `&buf` is held.


fn main() {
    let mut buf = vec![0u8; 4];
    let view = &buf;
    let n = 'é'.encode_utf8(&mut buf).len();
    println!("{} {}", n, view.len());
}
