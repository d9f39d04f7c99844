// strings.Builder's writing methods change their receiver: the twin's
// `sb.push_str(s)` takes `&mut self`. So `sb.WriteString(s)` while `&sb`
// is used later is E0502, while `&mut sb` is E0499, and through a shared
// `*strings.Builder` (or over a range loop's value) E0596; String and Len
// only read it. A `*mut strings.Builder` may write.


fn add(sb: &String) {
    sb.push_str("x");
}
fn add_mut(sb: &mut String) {
    sb.push_str("y");
    sb.push('z');
}
fn main() {
    let mut sb = String::new();
    sb.push_str("a");
    let r = &sb;
    sb.push_str("b");
    println!("{}", r.len());
    let p = &sb;
    p.push_str("c");
    let q = &mut sb;
    sb.push('d');
    q.push_str("e");
    sb.push_str(&sb.to_string().to_uppercase());
    let n = &sb;
    println!("{} {}", n.len(), sb.len());
    add_mut(&mut sb);
    let mut bs: Vec<String> = vec![sb];
    for b in &bs {
        b.push_str("f");
    }
    for i in 0..bs.len() {
        bs[i].push_str("g");
    }
    println!("{}", bs[0]);
}
