"""A small Scheme interpreter (Norvig-style): tokenizer, reader, environments, closures, tail calls."""
import math
import operator as op

class Symbol(str):
    pass

class LispError(Exception):
    pass

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()

def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    if tok in ("#t", "#f"):
        return tok == "#t"
    return Symbol(tok)

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")

def standard_env():
    env = Env()
    env.update({k: getattr(math, k) for k in ("sqrt", "floor", "pi")})
    env.update({"+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b, "*": lambda *a: math.prod(a),
                "/": op.truediv, "<": op.lt, ">": op.gt, "<=": op.le, ">=": op.ge, "=": op.eq, "mod": op.mod,
                "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda x, y: [x] + y, "list": lambda *x: list(x),
                "null?": lambda x: x == [], "length": len, "display": lambda x: print(to_str(x)), "not": op.not_,
                "apply": lambda f, args: f(*args), "map": lambda f, xs: [f(x) for x in xs], "abs": abs})
    return env

class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return x
        head = x[0]
        if head == "quote":
            return x[1]
        if head == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if head == "define":
            _, name, expr = x
            if isinstance(name, list):
                env[name[0]] = Procedure(name[1:], expr, env)
            else:
                env[name] = evaluate(expr, env)
            return None
        if head == "set!":
            env.find(x[1])[x[1]] = evaluate(x[2], env)
            return None
        if head == "lambda":
            return Procedure(x[1], x[2], env)
        if head == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        if head == "let":
            names = [b[0] for b in x[1]]
            vals = [evaluate(b[1], env) for b in x[1]]
            env = Env(names, vals, env)
            x = x[2]
            continue
        proc = evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(proc, Procedure):
            x, env = proc.body, Env(proc.params, args, proc.env)
            continue
        try:
            return proc(*args)
        except TypeError as e:
            raise LispError(f"bad call ({head} ...): {e}") from e

def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    return str(x)

def run(src, env):
    tokens = tokenize(src)
    result = None
    while tokens:
        result = evaluate(read(tokens), env)
    return result

env = standard_env()
PROGRAM = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (count-down n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
(define (compose f g) (lambda (x) (f (g x))))
(define square (lambda (x) (* x x)))
(define (filter p xs) (if (null? xs) '() (if (p (car xs)) (cons (car xs) (filter p (cdr xs))) (filter p (cdr xs)))))
(define counter (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n))))
"""
run(PROGRAM, env)
tests = ["(fact 20)", "(fact 30)", "(fib 15)", "(count-down 5000 0)", "((compose square square) 3)",
         "(map fib '(1 2 3 4 5 6 7 8))", "(filter (lambda (x) (= (mod x 3) 0)) '(1 2 3 4 5 6 9 10))",
         "(begin (counter) (counter) (counter))", "(list 1 2.5 'sym #t #f '())", "(sqrt 2)", "(/ 1 3)",
         "(car '())", "(undefined-fn 1)", "(+ 1 (* 2", ")", "(apply + '(1 2 3 4))", "(display '(nested (list) here))",
         "(let ((x 2) (y 3)) (* x y))", "(length '(a b c))", "(- 5)", "(abs -7)"]
for t in tests:
    try:
        print(f"{t:<60} => {to_str(run(t, env))}")
    except (LispError, IndexError, ZeroDivisionError) as e:
        print(f"{t:<60} !! {type(e).__name__}: {e}")
