// Pending (session 13, differs from rustc 1.95): a slice literal element moving a slice, a later element reading it (E0382).
fn c() {
    let v = vec![1];
    let w = vec![v, vec![v.len() as i32]];
    println!("{}", w.len());
}

fn main() {}
