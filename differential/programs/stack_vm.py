"""Compile arithmetic and simple statements to a stack machine and run them."""
import operator

class VMError(Exception):
    pass

OPS = {"ADD": operator.add, "SUB": operator.sub, "MUL": operator.mul, "DIV": operator.floordiv,
       "MOD": operator.mod, "LT": operator.lt, "EQ": operator.eq}

def assemble(src):
    code, labels = [], {}
    for raw in src.strip().splitlines():
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op.upper(), args[0] if args else None))
    return code, labels

def run(src, trace=False, max_steps=10_000):
    code, labels = assemble(src)
    stack, env, out, pc, steps = [], {}, [], 0, 0
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        op, arg = code[pc]
        pc += 1
        if trace:
            print(f"  {pc - 1:03d} {op:<6} {arg or '':<6} {stack}")
        if op == "PUSH":
            stack.append(int(arg))
        elif op == "LOAD":
            try:
                stack.append(env[arg])
            except KeyError:
                raise VMError(f"unbound variable {arg}") from None
        elif op == "STORE":
            env[arg] = stack.pop()
        elif op in OPS:
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(OPS[op](a, b))
            except ZeroDivisionError as e:
                raise VMError(f"at {pc - 1}: {e}") from e
        elif op == "JMP":
            pc = labels[arg]
        elif op == "JZ":
            if not stack.pop():
                pc = labels[arg]
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "HALT":
            break
        else:
            raise VMError(f"unknown opcode {op!r}")
    return out, env, steps

FACT = """
    push 10
    store n
    push 1
    store acc
loop:
    push 1
    load n
    lt          ; 1 < n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
"""
out, env, steps = run(FACT)
print("factorial:", out, env, "steps", steps)
COLLATZ = """
    push 27
    store x
    push 0
    store k
top:
    load x
    push 1
    eq
    jz body
    jmp end
body:
    load k
    push 1
    add
    store k
    load x
    push 2
    mod
    jz even
    load x
    push 3
    mul
    push 1
    add
    store x
    jmp top
even:
    load x
    push 2
    div
    store x
    jmp top
end:
    load k
    print
"""
print("collatz(27) steps:", run(COLLATZ)[0])
print(run("push 2\npush 3\nadd\ndup\nmul\nprint", trace=True)[0])
for bad in ["push 1\npush 0\ndiv", "load q", "frob", "top:\njmp top"]:
    try:
        run(bad)
    except VMError as e:
        print(f"VMError: {e} (cause: {type(e.__cause__).__name__ if e.__cause__ else None}, suppress={e.__suppress_context__})")
