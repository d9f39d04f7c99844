// After rust-lang/rust tests/ui/nll/mutating_references.rs (a slice for
// `Option<Box<List>>`): walking a list with a `*mut` that is reassigned
// to the next node while the values are lent (accepted, run).
struct List {
    value: i32,
    next: Vec<List>,
}

fn to_refs(mut list: &mut List) -> Vec<&mut i32> {
    let mut result = vec![];
    loop {
        result.push(&mut list.value);
        if list.next.len() > 0 {
            list = &mut list.next[0];
        } else {
            return result;
        }
    }
}

fn main() {
    let mut list = List { value: 1, next: vec![List { value: 2, next: vec![] }] };
    let vec = to_refs(&mut list);
    println!("{} {} {}", vec.len(), *vec[0], *vec[1]);
}
