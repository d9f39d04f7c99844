// A Copy operand's Vec Index borrow (`w3.ps[0].n`: `Index::index(&w3.ps,
// 0)`) is made before the call, while the receiver's two-phase `&mut w3`
// is only reserved: rustc accepts `w3.push(w3.ps[0].n)` (meth seed 1497;
// also 1482, 1698, 1713, 1990), as it does `w3.push(len(w3.ps))`.
struct P {
    a: String,
    n: i32,
}
struct W {
    ps: Vec<P>,
    arr: [i32; 2],
}
impl W { fn push(&mut self, k: i32) { self.ps.push(P { a: String::from("w"), n: k }); } }
fn main() {
    let mut w3 = W { ps: vec![P { a: String::from("we8"), n: 8 }], arr: [0, 1] };
    w3.push(w3.ps[0].n);
    w3.push(w3.ps.len() as i32);
    w3.push(w3.arr[1]);
    println!("{}", w3.ps.len());
}
