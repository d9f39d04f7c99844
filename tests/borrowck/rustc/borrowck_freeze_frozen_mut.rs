// After rust-lang/rust tests/ui/borrowck/borrowck-freeze-frozen-mut.rs (a
// slice for `[T]`): a `*mut` inside a struct reached through a shared
// pointer can be read through, and several such reads coexist (accepted,
// run).
struct MutSlice<'a> {
    data: &'a mut Vec<i32>
}

fn get<'a>(ms: &'a MutSlice<'a>, index: usize) -> &'a i32 {
    &(*ms.data)[index]
}

fn main() {
    let mut data = vec![1, 2, 3];
    {
        let slice = MutSlice { data: &mut data };
        (*slice.data)[0] += 4;
        let index0 = get(&slice, 0);
        let index1 = get(&slice, 1);
        let index2 = get(&slice, 2);
        println!("{} {} {}", *index0, *index1, *index2);
    }
    println!("{} {} {}", data[0], data[1], data[2]);
}
