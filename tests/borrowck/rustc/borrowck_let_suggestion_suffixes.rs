// After rust-lang/rust tests/ui/borrowck/borrowck-let-suggestion-suffixes.rs
// (struct literals for `id(..)`): `&young[0]` appended to an outer slice
// outlives young: E0597; `&Q{..}` appended to a slice used later is a
// temporary dropped while borrowed: E0716, also inside a block.
struct Q {
    n: i32,
}

fn use_refs(_v: &Vec<&Q>) {}

fn f(k2: i32, k3: i32, k4: i32) {
    let old = [Q { n: 0 }];
    let mut v1: Vec<&Q> = vec![];
    let mut v2: Vec<&Q> = vec![];
    {
        let young = [Q { n: 1 }];
        v2.push(&young[0]);
    }
    let mut v3: Vec<&Q> = vec![];
    v3.push(&Q { n: k2 });
    {
        let mut v4: Vec<&Q> = vec![];
        v4.push(&Q { n: k3 });
        use_refs(&v4);
    }
    let mut v5: Vec<&Q> = vec![];
    v5.push(&Q { n: k4 });
    v1.push(&old[0]);
    use_refs(&v1);
    use_refs(&v2);
    use_refs(&v3);
    use_refs(&v5);
}

fn main() {}
