def tokenize(s):
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace(): i += 1; continue
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit(): j += 1
            yield ('num', int(s[i:j])); i = j; continue
        if c in '+-*/()': yield ('op', c); i += 1; continue
        raise SyntaxError(f'bad char {c!r} at {i}')
def parse(tokens):
    toks = list(tokens)
    pos = 0
    def peek(): return toks[pos] if pos < len(toks) else ('eof', None)
    def take():
        nonlocal pos
        t = toks[pos]; pos += 1; return t
    def expr():
        v = term()
        while peek() in (('op', '+'), ('op', '-')):
            match take():
                case ('op', '+'): v += term()
                case ('op', '-'): v -= term()
        return v
    def term():
        v = atom()
        while peek() in (('op', '*'), ('op', '/')):
            match take():
                case ('op', '*'): v *= atom()
                case ('op', '/'): v //= atom()
        return v
    def atom():
        match take():
            case ('num', n): return n
            case ('op', '('):
                v = expr(); take(); return v
            case ('op', '-'): return -atom()
            case t: raise SyntaxError(f'unexpected {t}')
    return expr()
for src in ['1 + 2 * 3', '(1 + 2) * 3', '10 / 3 - -2', '2 * (3 + (4 - 1)) * 2', '1 +', '4 $ 4']:
    try:
        print(src, '=', parse(tokenize(src)))
    except (SyntaxError, IndexError) as e:
        print(src, '->', type(e).__name__, e)
