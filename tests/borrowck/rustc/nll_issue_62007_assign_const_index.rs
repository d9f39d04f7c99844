// After rust-lang/rust tests/ui/nll/issue-62007-assign-const-index.rs (a
// slice for `Option<Box<List>>`): assigning `list[0]` does not end the
// loans of `list[0]`'s fields kept in result: E0499 on both borrows.
struct List {
    value: i32,
    next: Vec<List>,
}

fn to_refs(mut list: [&mut List; 2]) -> Vec<&mut i32> {
    let mut result = vec![];
    loop {
        result.push(&mut list[0].value);
        if list[0].next.len() > 0 {
            list[0] = &mut list[0].next[0];
        } else {
            return result;
        }
    }
}

fn main() {}
