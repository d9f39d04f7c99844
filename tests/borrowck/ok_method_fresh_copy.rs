// A method whose slice result is a new copy (make + copy of ints) does
// not keep its receiver borrowed: the twin's `fn snapshot(&self) ->
// Vec<i64>` (was E0502: copy was taken to store views; result_views.c).
struct Buf {
    data: Vec<i64>,
}
impl Buf { fn snapshot(&self) -> Vec<i64> {
    let mut out = vec![0; self.data.len()];
    out.copy_from_slice(&self.data);
    out
} }
fn main() {
    let mut b = Buf { data: vec![1, 2] };
    let s = b.snapshot();
    b.data.push(3);
    println!("{} {}", s[0], b.data.len());
}
