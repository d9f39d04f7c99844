fn main() {
    let mut total: i64 = 0;
    for r in 0..1000i64 {
        let mut bs: Vec<Box<i64>> = Vec::with_capacity(1000);
        for i in 0..1000i64 {
            bs.push(Box::new(i + r));
        }
        for b in &bs {
            total += **b;
        }
    }
    println!("{}", total);
}
