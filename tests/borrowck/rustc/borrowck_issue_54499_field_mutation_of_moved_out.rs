// After rust-lang/rust
// tests/ui/borrowck/issue-54499-field-mutation-of-moved-out.rs (the struct
// case; ML0 has no tuples): assigning a field of a moved struct is E0382,
// reported once for the move.
struct S {
    s: String,
}

struct Spair {
    x: S,
    y: i32,
}

fn drop(v: Spair) {}

fn main() {
    {
        let mut v = Spair { x: S { s: String::from("0") }, y: 0 };
        drop(v);
        v.x = S { s: String::from("1") };
        v.y = 2;
        println!("{} {}", v.x.s, v.y);
    }
}
