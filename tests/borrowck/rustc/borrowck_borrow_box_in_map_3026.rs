// After rust-lang/rust tests/ui/borrowck/borrow-box-in-map-3026.rs: `&*x`
// of a Box variable stored in a map value lives as long as x (accepted,
// run; `m[42] = &*box(1)` would be E0716).
fn main() {
    let x: Box<i32>;
    let mut buggy_map: std::collections::HashMap<i32, &i32> = std::collections::HashMap::new();
    x = Box::new(1);
    buggy_map.insert(42, &*x);
    println!("{}", *buggy_map[&42]);
}
