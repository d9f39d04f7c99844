// The value a range over a map (or a slice) of slices yields is a `&Vec`
// in Rust (`for (k, v) in &m`), so `&v[0]` reborrows the map's element
// and may be kept past the loop, as long as the map is not changed while
// it is used. A pointer to the range value itself (`&v`), or into a
// struct value's field, points into the loop's copy: E0597
// (map_e0597_e0502_range_value).
fn main() { use std::collections::HashMap;
    let mut m: HashMap<&str, Vec<i64>> = HashMap::from([("a", vec![1, 2])]);
    let mut p: &i64 = &0;
    for (_, v) in &m {
        p = &v[0];
    }
    println!("{}", *p);
    let vs: Vec<Vec<i64>> = vec![vec![3, 4], vec![5]];
    let mut q: &i64 = &0;
    for v in &vs {
        q = &v[v.len() - 1];
    }
    println!("{} {}", *q, vs.len());
    m.insert("b", vec![7]);
    println!("{}", m.len());
}
