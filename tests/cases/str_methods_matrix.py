samples = ['', ' ', 'a', 'abc', ' a b  c ', 'Hello World', 'héllo wörld', 'ΣΑΣ σας', 'a\tb\nc\r\nd', 'aaa', 'abcabc', '12', '-42', 'x_1', 'ǅx', 'İi', 'ß', '日本語', 'a,b,,c', '\u2028x\x85y']
args = ['', 'a', 'b', 'ab', ' ', ',', 'é', 'c']
out = []
def rec(f):
    try: r = f()
    except Exception as e: r = type(e).__name__ + ':' + str(e)
    out.append(repr(r))
for s in samples:
    for m in ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'isalpha', 'isdigit', 'isalnum', 'isspace', 'islower', 'isupper', 'istitle', 'isdecimal', 'isnumeric', 'isidentifier', 'isprintable', 'isascii', 'expandtabs']:
        rec(lambda: getattr(s, m)())
    for a in args:
        for m in ['find', 'rfind', 'count', 'split', 'rsplit', 'partition', 'rpartition', 'startswith', 'endswith', 'strip', 'removeprefix', 'removesuffix', 'index', 'rindex']:
            rec(lambda: getattr(s, m)(a))
        rec(lambda: s.replace(a, '_'))
        rec(lambda: s.split(a, 1) if a else s.split(None, 1))
        rec(lambda: s.rsplit(a, 1) if a else s.rsplit(None, 1))
        rec(lambda: s.find(a, 1, -1))
        rec(lambda: s.count(a, -3))
    for w in [0, 3, 8, 11]:
        rec(lambda: s.center(w, '*')); rec(lambda: s.ljust(w)); rec(lambda: s.rjust(w, 'é')); rec(lambda: s.zfill(w))
    rec(lambda: s.splitlines(True)); rec(lambda: s.encode('latin-1', 'replace')); rec(lambda: s.encode('ascii', 'backslashreplace'))
    rec(lambda: repr(s)); rec(lambda: ascii(s)); rec(lambda: s.title().istitle()); rec(lambda: s[::-1]); rec(lambda: s[1:-1:2])
print(len(out))
for i in range(0, len(out), 50):
    print(i, '|'.join(out[i:i+50]))
