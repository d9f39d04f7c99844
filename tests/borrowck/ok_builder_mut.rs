// strings.Builder written through a `*mut strings.Builder`, after a
// shared borrow's last use, and with its own String() as the argument
// (a two-phase borrow, as rustc's `sb.push_str(&sb.to_uppercase())`).


fn add_mut(sb: &mut String) {
    sb.push_str("y");
    sb.push('z');
}
fn main() {
    let mut sb = String::new();
    sb.push_str("a");
    let r = &sb;
    println!("{}", r.len());
    sb.push_str("b");
    sb.push_str(&sb.to_uppercase());
    add_mut(&mut sb);
    let q = &mut sb;
    q.push('!');
    let mut bs: Vec<String> = vec![String::new()];
    for i in 0..bs.len() {
        bs[i].push_str("g");
    }
    println!("{} {} {}", sb, bs[0], bs[0].len());
}
