// A method whose result may be a view into its receiver keeps the
// receiver borrowed (result_views.c), as the twins' elided `&self`
// lifetimes do: a slice of a field (E0502 on a push), a string slice of a
// field (E0506), a struct holding such a view (E0597 past the block).


struct Buf {
    data: Vec<i64>,
    name: String,
}
struct Pair<'a> {
    a: &'a str,
    b: String,
}
impl Buf { fn head(&self) -> &[i64] {
    &self.data[..1]
}
fn first(&self) -> &str {
    &self.name[..1]
} }
fn split(s: &String) -> Pair {
    let i = (*s).find(',').unwrap();
    return Pair { a: &(*s)[..i], b: (*s)[i + 1..].to_uppercase() };
}
fn main() {
    let mut b = Buf { data: vec![1, 2], name: "ann".to_string() };
    let h = b.head();
    b.data.push(3);
    println!("{}", h[0]);
    let f = b.first();
    b.name = "bob".to_string();
    println!("{}", f);
    let p: Pair;
    {
        let s = "x,y".repeat(1);
        p = split(&s);
    }
    println!("{} {}", p.a, p.b);
}
