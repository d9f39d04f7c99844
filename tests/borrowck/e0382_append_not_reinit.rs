// `v = append(v, x)` is Vec::push: it uses v but does not initialise it
// again, so a later use of v is reached by the same moves and is not a
// second error (rustc reports one error per set of moves; base seed 986).
fn main() {
    let mut v = vec![8];
    for _i in 0..2 {
        let w = v;
        let x = v;
        println!("{} {}", w.len(), x.len());
    }
    v.push(1);
    let u = v;
    println!("{}", u.len());
}
