// A nested range over a range value (`for _, c := range row`, the twin's
// `for &c in row` with row a `&Vec`) reborrows `*row` through a shared
// reference, which rustc does not track: writing row[0] inside is E0596
// only (was an extra E0502), and rebinding row is fine.
fn main() {
    let grid: Vec<Vec<i64>> = vec![vec![1, 2], vec![3]];
    for row in &grid {
        for &c in row {
            row[0] = c;
        }
    }
    let mut total = 0;
    for row in &grid {
        for &c in row {
            total += c + row.len() as i64;
        }
        println!("{}", row[0]);
    }
    println!("{} {}", grid.len(), total);
}
