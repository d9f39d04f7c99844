// A value that is a view in the twin is no temporary to drop: `m[1].get()`
// and `&ms[1][0]` borrow the map (HashMap's `&V`), `&items(&s)[0]` the
// `&[i64]` items returns (result_views.c). Kept past the statement: fine.
struct Foo { x: i64 }

impl Foo { fn get(&self) -> &i64 { &self.x } }

struct S { items: Vec<i64> }

fn items(s: &S) -> &[i64] { &s.items[0..] }

fn main() {
    let mut m: std::collections::HashMap<i64, Box<Foo>> = std::collections::HashMap::new();
    m.insert(1, Box::new(Foo { x: 1 }));
    let mut q: &i64;
    q = m[&1].get();
    println!("{}", *q);
    let ms: std::collections::HashMap<i64, Vec<i64>> = std::collections::HashMap::from([(1, vec![5])]);
    q = &ms[&1][0];
    println!("{}", *q);
    let s = S { items: vec![7] };
    q = &items(&s)[0];
    println!("{}", *q);
}
