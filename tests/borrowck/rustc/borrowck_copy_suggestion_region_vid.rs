// After rust-lang/rust tests/ui/borrowck/copy-suggestion-region-vid.rs:
// a struct literal moves `helpers` into its first field, then its second
// field reads `helpers[0]`: E0382 (fields are evaluated in order).
struct DataStruct {
    n: i32,
}

struct HelperStruct<'n> {
    helpers: [Vec<&'n i32>; 2],
    is_empty: bool,
}

impl DataStruct { fn f(&self) -> HelperStruct {
    let helpers = [vec![], vec![]];

    return HelperStruct { helpers: helpers, is_empty: helpers[0].len() == 0 };

} }

fn main() {}
