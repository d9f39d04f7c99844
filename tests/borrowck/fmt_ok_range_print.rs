// Printing a range loop's value lends it for the call only, so the next
// iteration may take a new value (the []any the value went into is not
// a pointer into the ranged slice: tests/labs/matrix, grades).
#![allow(unused)]


struct R {
    city: String,
    n: i64,
}


fn main() {
    let c: Vec<Vec<i64>> = vec![vec![1], vec![2]];
    for row in &c {
        println!("{:?} {}", row, row.len());
    }
    let rs: Vec<R> = vec![R { city: String::from("a"), n: 1 }, R { city: String::from("b"), n: 2 }];
    for r in &rs {
        println!("{:<3} {}", r.city, r.n);
    }
}
