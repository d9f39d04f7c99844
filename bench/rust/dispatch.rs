// dispatch: Box<dyn Shape> method calls, then the type switch as Any
// downcasts (TypeId comparisons, as Go's type switch compares type words).
use std::any::Any;

trait Shape {
    fn area(&self) -> i64;
    fn as_any(&self) -> &dyn Any;
}

struct Rect { w: i64, h: i64 }
struct Square { s: i64 }
struct Tri { b: i64, h: i64 }

impl Shape for Rect {
    fn area(&self) -> i64 { self.w * self.h }
    fn as_any(&self) -> &dyn Any { self }
}
impl Shape for Square {
    fn area(&self) -> i64 { self.s * self.s }
    fn as_any(&self) -> &dyn Any { self }
}
impl Shape for Tri {
    fn area(&self) -> i64 { self.b * self.h / 2 }
    fn as_any(&self) -> &dyn Any { self }
}

#[inline(never)]
fn area_switch(s: &dyn Shape) -> i64 {
    let a = s.as_any();
    if let Some(v) = a.downcast_ref::<Rect>() {
        return v.w * v.h;
    }
    if let Some(v) = a.downcast_ref::<Square>() {
        return v.s * v.s;
    }
    if let Some(v) = a.downcast_ref::<Tri>() {
        return v.b * v.h / 2;
    }
    0
}

fn main() {
    let n: i64 = 3000;
    let passes = 50000;
    let mut shapes: Vec<Box<dyn Shape>> = Vec::with_capacity(n as usize);
    for i in 0..n {
        match i % 3 {
            0 => shapes.push(Box::new(Rect { w: i % 7 + 1, h: i % 11 + 1 })),
            1 => shapes.push(Box::new(Square { s: i % 13 + 1 })),
            _ => shapes.push(Box::new(Tri { b: i % 17 + 1, h: i % 5 + 2 })),
        }
    }
    let mut calls: i64 = 0;
    for _ in 0..passes {
        for s in &shapes {
            calls += s.area();
        }
    }
    let mut switched: i64 = 0;
    for _ in 0..passes {
        for s in &shapes {
            switched += area_switch(s.as_ref());
        }
    }
    println!("{} {}", calls, switched);
}
