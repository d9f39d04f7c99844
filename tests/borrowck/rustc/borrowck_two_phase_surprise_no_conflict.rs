// After rust-lang/rust tests/ui/borrowck/two-phase-surprise-no-conflict.rs
// (structs for the enum and the trait objects, a `*mut Registry`
// parameter per case for `mk_reg()`): reading `s.cx` while `&mut *s` is
// live is E0503; a `*mut` receiver whose argument borrows through
// `s.cx` is fine (two-phase), through `s.cxMut` too when only a shared
// reborrow ends before the call; a pass that keeps `&*reg.sessMut`
// until the call is E0502 (`&mut *reg.sessMut` in an argument: README).
struct Body {
    value: i32,
}

struct Map {
    body: Body,
}

impl Map { fn get_body(&self, _id: i32) -> &Body { return &self.body; } }

struct SpanlessHash<'a> {
    cx: &'a Map,
    cx_mut: &'a mut Map,
}

fn use_mut(_p: &mut SpanlessHash) {}

impl<'a> SpanlessHash<'a> { fn demo(&mut self) {
    let mut_borrow = &mut *self;
    let access = self.cx;
    use_mut(mut_borrow);
    println!("{}", access.body.value);
} }

impl<'a> SpanlessHash<'a> { fn hash_expr(&mut self, _e: &i32) {} }

impl<'a> SpanlessHash<'a> { fn hash_expr_cx(&mut self) {
    self.hash_expr(&self.cx.get_body(0).value);
} }

impl<'a> SpanlessHash<'a> { fn hash_expr_mut(&mut self) {
    self.hash_expr(&self.cx_mut.get_body(0).value);
} }

struct Session {
    n: i32,
}

struct TrivialPass {
    n: i32,
}

fn new_trivial(s: &Session) -> TrivialPass { return TrivialPass { n: s.n }; }
fn new_trivial_mut(s: &mut Session) -> TrivialPass { return TrivialPass { n: s.n }; }

struct CapturePass<'a> {
    s: &'a Session,
}

fn new_capture(s: &Session) -> CapturePass { return CapturePass { s: s }; }

struct Registry<'a> {
    sess_mut: &'a mut Session,
}

impl<'a> Registry<'a> { fn register_trivial(&mut self, _p: TrivialPass) {} }
impl<'a> Registry<'a> { fn register_capture(&mut self, _p: CapturePass) {} }
impl<'a> Registry<'a> { fn register_ref(&mut self, _p: &TrivialPass) {} }

fn ok_trivial(reg: &mut Registry) {
    reg.register_trivial(new_trivial(&*reg.sess_mut));
}

fn ok_trivial_ref(reg: &mut Registry) {
    reg.register_ref(&TrivialPass { n: new_trivial(&*reg.sess_mut).n });
}

fn bad_capture(reg: &mut Registry) {
    reg.register_capture(new_capture(&*reg.sess_mut));
}

fn main() {}
