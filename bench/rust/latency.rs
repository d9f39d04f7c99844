use std::time::Instant;

fn request(i: usize) -> i64 {
    let mut sum = 0i64;
    for k in 0..8 {
        let n = 8192 + i % 2;
        let mut b = vec![0u8; n];
        b[k] = i as u8;
        sum += b[k] as i64 + b.len() as i64;
        std::hint::black_box(&b);
    }
    sum
}

fn main() {
    let mut live: Vec<Vec<u8>> = Vec::new();
    for _ in 0..50_000 {
        live.push(vec![0u8; 1024]);
    }
    let n = 100_000usize;
    let mut durs = vec![0i64; n];
    let mut check = 0i64;
    for i in 0..n {
        let t0 = Instant::now();
        check += request(i);
        durs[i] = t0.elapsed().as_nanos() as i64;
    }
    durs.sort();
    println!("{} {}", check, live.len());
    println!("{} {} {} {}", durs[n / 2] / 1000, durs[n * 99 / 100] / 1000, durs[n * 999 / 1000] / 1000, durs[n - 1] / 1000);
}
