"""A Brainfuck interpreter with bracket precompilation, step limits, and a few classic programs."""
class BFError(Exception):
    pass

def compile_jumps(code):
    stack, jumps = [], {}
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                raise BFError(f"unmatched ']' at {i}")
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise BFError(f"unmatched '[' at {stack[-1]}")
    return jumps

def run(code, inp="", max_steps=200000, cells=300):
    code = "".join(c for c in code if c in "+-<>[].,")
    jumps = compile_jumps(code)
    tape = bytearray(cells)
    ptr = pc = steps = 0
    out = []
    inp = list(inp.encode())
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise BFError(f"step limit after {len(out)} output bytes")
        c = code[pc]
        if c == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ">":
            ptr += 1
            if ptr >= cells:
                raise BFError("tape overflow")
        elif c == "<":
            ptr -= 1
            if ptr < 0:
                raise BFError("tape underflow")
        elif c == ".":
            out.append(tape[ptr])
        elif c == ",":
            tape[ptr] = inp.pop(0) if inp else 0
        elif c == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif c == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return bytes(out).decode("latin-1"), steps

HELLO = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
REVERSE = ">,[>,]<[.<]"
ADD = ",>,[<+>-]<------------------------------------------------."
for name, prog, inp in [("hello", HELLO, ""), ("reverse", REVERSE, "stressed"), ("add", ADD, "34"),
                        ("loop", "+[]", ""), ("bad", "[[]", ""), ("bad2", "]", ""), ("under", "<", "")]:
    try:
        out, steps = run(prog, inp)
        print(f"{name:<8} {out!r} ({steps} steps)")
    except BFError as e:
        print(f"{name:<8} BFError: {e}")

def to_bf(text):
    out, cur = [], 0
    for ch in text.encode():
        diff = ch - cur
        out.append(("+" if diff > 0 else "-") * abs(diff) + ".")
        cur = ch
    return "".join(out)
gen = to_bf("Hi!")
print(len(gen), run(gen)[0])
