// After rust-lang/rust tests/ui/borrowck/issue-7573.rs: a closure that
// appends its `*CrateId` parameter to a captured slice lets the borrow
// escape (rustc: E0521).
struct CrateId {
    local_path: String,
}

fn remove_package_from_database() {
    let mut lines_to_use: Vec<&CrateId> = Vec::new();

    let push_id = |installed_id: &CrateId| {

        lines_to_use.push(installed_id);

    };
    list_database(push_id);
    println!("{}", lines_to_use.len());
}

fn list_database<F>(mut f: F) where F: FnMut(&CrateId) {
    let c = CrateId { local_path: String::from("foo") };
    f(&c);
}

fn main() {}
