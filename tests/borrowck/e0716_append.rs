// A temporary appended to a slice dies with the statement.
struct T { a: i32 }
fn main() {
    let n = 1;
    let mut s: Vec<&T> = vec![];
    s.push(&T { a: n });
    println!("{}", s[0].a);
}
