// An alias is its target under --borrowck too, as in Rust (`type Name =
// Owner;`): a value of an alias of a struct moves like the struct, and
// the error names the target type.
struct Owner {
    name: String,
}
type Name = Owner;
type Names = Vec<Owner>;
fn take(o: Name) { println!("{}", o.name); }
fn main() {
    let a = Name { name: "x".to_string() };
    take(a);
    println!("{}", a.name);
    let mut ns: Names = Vec::new();
    ns.push(Owner { name: "y".to_string() });
    println!("{}", ns.len());
}
