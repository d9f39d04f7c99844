// Closures borrow what they capture: returned (E0373), or kept past an iteration (E0597).
fn mk() -> Box<dyn Fn() -> i32> {
    let x = 1;
    return Box::new(|| x);
}
fn main() {
    let mut fs: Vec<Box<dyn Fn() -> i32>> = vec![];
    let mut i = 0; while i < 3 {
        let j = i;
        fs.push(Box::new(|| j));
    i += 1; }
    println!("{} {}", fs[0](), mk()());
}
