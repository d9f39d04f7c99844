"""gen_go_twins_base.py: what the Go twin generators share (imported by
gen_go_twins.py, gen_go_twins_ext.py, gen_go_twins_more.py,
gen_go_twins_student.py and gen_go_twins_lab.py; not a program itself).

A generator writes a program that is both ML0 and Go: a few functions
`f0`, `f1`, ... each built by a `Body` (its statements, indented, and its
locals by type), then a `main` calling them. Everything random comes from
the one `R` below, reseeded by each generator's `program(seed)`, so a
seed always writes the same program: a change here must keep the order
and the number of `R` calls of every path, or every generator's seeds
change (diff the programs of seeds 1-1000 of each before and after).

`Body` keeps the shared mechanics: fresh names, picking a variable of a
type, emitting indented lines and blocks, declaring a used local, an int
expression over the locals (`INT_FIELDS` names the struct fields of
pointers a generator adds to it, `more_int_choices` the rest), calls to
the functions before this one (`call_arg` supplies an argument no local
has) and the return statement (`ret_cands` adds a generator's candidate
expressions for a result type); `gen_fn` draws a function's parameters,
result and statements, `gen_fns` a program's functions, `calls_of`
main's calls of them.
"""
import random
import sys

R = random.Random(1)


class Fn:
    def __init__(self, name, params, result):
        self.name, self.params, self.result = name, params, result


class Body:
    """The statements of one function, and its variables by type."""

    TYPES = []          # every type a local can have
    INT_FIELDS = []     # (pointer type, "%s.field"): int reads through them
    STMTS = []

    def __init__(self, fn, callees):
        self.fn, self.callees = fn, callees
        self.lines, self.used = [], []
        self.vars = {t: [] for t in self.TYPES}
        for name, t in fn.params:
            self.vars[t].append(name)
        self.count, self.depth = 0, 1

    def fresh(self, base):
        self.count += 1
        return "%s%d" % (base, self.count)

    def pick(self, t):
        return R.choice(self.vars[t]) if self.vars[t] else None

    def ind(self, extra=0):
        return "    " * (self.depth + extra)

    def emit(self, line):
        self.lines.append(self.ind() + line)

    def block(self, head, body, tail="}"):
        """head {, the body's lines one level deeper, }"""
        self.emit(head)
        for b in body:
            self.emit("    " + b)
        self.emit(tail)

    def declare(self, t, name, expr):
        self.emit("%s := %s" % (name, expr))
        self.vars[t].append(name)
        self.used.append(name)

    def int_expr(self):
        choices = [str(R.randint(0, 9))]
        if self.vars["int"]:
            choices.append(self.pick("int"))
        if self.vars["*int"]:
            choices.append("*" + self.pick("*int"))
        for t, form in self.INT_FIELDS:
            if self.vars[t]:
                choices.append(form % self.pick(t))
        if self.vars["string"]:
            choices.append("len(%s)" % self.pick("string"))
        self.more_int_choices(choices)
        return R.choice(choices)

    def more_int_choices(self, choices):
        pass

    def stmt(self):
        R.choice(self.STMTS)(self)

    # ---- statements every generator has -----------------------------------
    def s_int_local(self):
        self.declare("int", self.fresh("x"), self.int_expr())

    def s_addr_local(self):
        if not self.vars["int"]:
            return self.s_int_local()
        self.declare("*int", self.fresh("q"), "&" + self.pick("int"))

    def call_arg(self, t):
        """an argument of type t when no local has it (None: no call)"""
        return None

    def s_call(self):
        if not self.callees:
            return
        f = R.choice(self.callees)
        args = []
        for _, t in f.params:
            v = self.pick(t)
            if v is None:
                v = self.call_arg(t)
                if v is None:
                    return
            args.append(v)
        call = "%s(%s)" % (f.name, ", ".join(args))
        if f.result in ("", "int") or R.random() < 0.3:
            self.emit(call if f.result == "" else "_ = " + call)
        else:
            self.declare(f.result, self.fresh("r"), call)

    def ret(self):
        """the function's return statement: nothing for no result, an int
        expression for int, else a local of the result type or one of the
        expressions ret_cands adds"""
        t = self.fn.result
        if t == "":
            return
        if t == "int":
            self.emit("return " + self.int_expr())
            return
        cands = list(self.vars[t])
        self.ret_cands(t, cands)
        self.emit("return " + R.choice(cands))

    def ret_cands(self, t, cands):
        """add to cands the expressions of type t a return may use"""
        pass


def gen_fn(i, make_body, params_of, results, stmts):
    """function f<i>: params_of() draws its parameters, make_body(fn) its
    Body; stmts = (least, most) statements; every local is used at the end."""
    params = params_of()
    fn = Fn("f%d" % i, params, R.choice(results))
    b = make_body(fn)
    for _ in range(R.randint(*stmts)):
        b.stmt()
    for v in b.used:
        b.emit("_ = " + v)
    b.ret()
    sig = ", ".join("%s %s" % p for p in params)
    head = "func %s(%s)%s {" % (fn.name, sig, " " + fn.result if fn.result else "")
    return fn, "\n".join([head] + b.lines + ["}"])


def gen_fns(seed, gen):
    """R reseeded with seed, then 2-5 functions: gen(i, callees) gives
    function i's (Fn, text), callees being the functions before it.
    Returns the Fns and their texts."""
    R.seed(seed)
    fns, texts = [], []
    for i in range(R.randint(2, 5)):
        fn, text = gen(i, list(fns))
        fns.append(fn)
        texts.append(text + "\n")
    return fns, texts


def calls_of(fns, arg_for, show):
    """main_calls' (fn, args, shown) for each function: arg_for(t) an
    argument of type t, show(t, v) how to print result v of type t"""
    return [(fn, [arg_for(t) for _, t in fn.params],
             show(fn.result, "r" + fn.name) if fn.result else None) for fn in fns]


def main_calls(fns, first, last):
    """main's body: each function called with its arguments and
    its result printed, between first and last lines: fns are (fn, args, shown)."""
    lines = ["func main() {"] + first
    for fn, args, shown in fns:
        call = "%s(%s)" % (fn.name, ", ".join(args))
        if fn.result:
            lines.append("    r%s := %s" % (fn.name, call))
            lines.append("    fmt.Println(%s)" % shown)
        else:
            lines.append("    " + call)
    return lines + last + ["}"]


def program_text(generator, seed, imports, types, texts, lines):
    """the program: a header naming the generator, imports, types, the
    functions' texts, then main's lines"""
    head = "// generated by tests/fuzz/%s %d\n" % (generator, seed)
    imp = "import (\n%s)\n" % "".join('    "%s"\n' % p for p in sorted(imports))
    return head + imp + types + "\n" + "\n".join(texts) + "\n".join(lines) + "\n"


def main(program):
    """SEED: the program on standard output; FIRST LAST DIR: DIR/seedN.ml0"""
    if len(sys.argv) == 4:
        for seed in range(int(sys.argv[1]), int(sys.argv[2]) + 1):
            with open("%s/seed%d.ml0" % (sys.argv[3], seed), "w") as f:
                f.write(program(seed))
    else:
        sys.stdout.write(program(int(sys.argv[1]) if len(sys.argv) > 1 else 1))
