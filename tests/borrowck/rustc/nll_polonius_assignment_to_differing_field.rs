// After rust-lang/rust tests/ui/nll/polonius/assignment-to-differing-field.rs
// (structs for the tuples, a slice for `Option<Box<List>>`): assigning
// one field, directly or through a chain of fields and a Box, leaves
// the loans of the other field in result: E0499, E0502, E0499 each.
struct List {
    value: i32,
    next: Vec<List>,
}

struct Pair<'a> {
    a: &'a mut List,
    b: &'a mut List,
}

struct Boxes<'a> {
    a: Box<&'a mut List>,
    b: Box<&'a mut List>,
}

struct Chain1<'a> {
    c: Boxes<'a>,
}

struct Chain2<'a> {
    c: Chain1<'a>,
}

fn assignment_to_field_projection<'a>(mut list: Pair<'a>) -> Vec<&'a mut i32> {
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

fn assignment_through_projection_chain<'a>(mut list: Chain2<'a>) -> Vec<&'a mut i32> {
    let mut result = vec![];
    loop {
        result.push(&mut (*list.c.c.a).value);
        if (*list.c.c.a).next.len() > 0 {
            *list.c.c.b = &mut (*list.c.c.a).next[0];
        } else {
            return result;
        }
    }
}

fn main() {}
