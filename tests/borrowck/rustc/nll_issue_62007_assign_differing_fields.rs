// After rust-lang/rust tests/ui/nll/issue-62007-assign-differing-fields.rs
// (a struct for the pair): assigning `list.b` ends only the loans of
// `list.b`; those of `list.a` kept in result stay: E0499 on both borrows.
struct List {
    value: i32,
    next: Vec<List>,
}

struct Pair<'a> {
    a: &'a mut List,
    b: &'a mut List,
}

fn to_refs<'a>(mut list: Pair<'a>) -> Vec<&'a mut i32> {
    let mut result = vec![];
    loop {
        result.push(&mut list.a.value);
        if list.a.next.len() > 0 {
            list.b = &mut list.a.next[0];
        } else {
            return result;
        }
    }
}

fn main() {}
