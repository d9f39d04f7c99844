// utf8.AppendRune takes its slice as append does (its result may be the same array): the Rust twin takes the Vec by value, so using it after is E0382.
fn append_rune(mut p: Vec<u8>, r: char) -> Vec<u8> { let mut e = [0u8; 4]; p.extend_from_slice(r.encode_utf8(&mut e).as_bytes()); p }

fn main() {
    let mut b: Vec<u8> = Vec::with_capacity(8);
    b = append_rune(b, 'x');
    let c = append_rune(b, 'y');
    println!("{} {}", b.len(), c.len());
}
