samples = [b'', b' ', b'a', b'abc', b' a b  c ', b'Hello World', b'a\tb\nc\r\nd', b'aaa', b'abcabc', b'12', b'\xff\x00x', b'a,b,,c']
args = [b'', b'a', b'b', b'ab', b' ', b',', b'c']
out = []
def rec(f):
    try: r = f()
    except Exception as e: r = type(e).__name__ + ':' + str(e)
    out.append(repr(r))
for s0 in samples:
  for s in [s0, bytearray(s0)]:
    for m in ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'isalpha', 'isdigit', 'isalnum', 'isspace', 'islower', 'isupper', 'isascii', 'hex']:
        rec(lambda: getattr(s, m)())
    for a in args:
        for m in ['find', 'rfind', 'count', 'split', 'rsplit', 'partition', 'rpartition', 'startswith', 'endswith', 'strip', 'removeprefix', 'removesuffix', 'index', 'rindex']:
            rec(lambda: getattr(s, m)(a))
        rec(lambda: s.replace(a, b'_'))
        rec(lambda: s.split(a, 1) if a else s.split(None, 1))
        rec(lambda: s.find(a, 1, -1))
        rec(lambda: a in s)
        rec(lambda: s + a); rec(lambda: a + s); rec(lambda: s == a); rec(lambda: s < a)
    for w in [0, 3, 8]:
        rec(lambda: s.center(w, b'*')); rec(lambda: s.ljust(w)); rec(lambda: s.rjust(w))
    rec(lambda: s.decode('latin-1')); rec(lambda: s.decode('utf-8', 'replace')); rec(lambda: s[::-1]); rec(lambda: s[1:-1:2]); rec(lambda: list(s)); rec(lambda: s * 2)
print(len(out))
for i in range(0, len(out), 50):
    print(i, '|'.join(out[i:i+50]))
