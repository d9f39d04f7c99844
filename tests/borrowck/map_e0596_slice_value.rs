// A map's index gives a shared reference (HashMap has Index, not
// IndexMut): writing an element of a slice held by a map, or borrowing
// it mutably, is E0596, as rustc for `ms["a"][0] = 4` (Vec's IndexMut
// needs `&mut ms["a"]`); writing through a Box held by a map is E0594
// (the Box is behind that shared reference). Reading is fine. Fixed:
// build the slice first, then store it (`s[0] = 4; ms["a"] = s`).
fn bump(p: &mut i32) { *p = *p + 1; } use std::collections::HashMap;
fn main() {
    let mut ms: HashMap<String, Vec<i32>> = [("a".to_string(), vec![1])].into_iter().collect();
    ms["a"][0] = 4;
    bump(&mut ms["a"][0]);
    let r = &mut ms["a"][0];
    *r = 2;
    println!("{} {}", ms["a"][0], ms["a"].len());
    let mut mb: HashMap<String, Box<i32>> = [("a".to_string(), Box::new(1))].into_iter().collect();
    *mb["a"] = 3;
    let q = &mut *mb["a"];
    *q = 4;
    println!("{}", *mb["a"]);
    let mut s = vec![1];
    s[0] = 4;
    ms.insert("b".to_string(), s);
    println!("{}", ms["b"][0]);
}
