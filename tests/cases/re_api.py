import re
errs = ['a{3,2}','*','a**','(','a)','[a','\\q','a\\','[z-a]','(?<a>x)','(?P<1a>x)','(?P=zz)','\\2','(a)\\2','(?<=a+)b','(?i','(?z)','a(?i)b','x{2}{3}','a|*','^*','(?P<a>x)(?P<a>y)','(?#abc','[\\A]','(?P', '(?P<a', 'a{,3', '\\x4','(?(1)a|b)','(?(2)a)(b)','(a(?(1)b))', '(?<!ab|c)',
        '(?P<a>a)(?P=a', '(?', '(?P<>a)', '(?P=)', '(?-i)', '(?i-i:a)', '(?a:b)', '(?u)', '(?L)a', '[\\d-z]', '[a-\\d]', '\\8', '(a)(?P=1)', '(?<=(a)\\1)', 'a(?<=b*)',
        '((a)', 'a\n(b', '(?x)\n a(\n', 'a{1,2}{3}', 'a??+', '\\777', '[\\777]', '\\U00110000', '\\N', '(?i)(?m)a', 'a|(?i)b', '(?:(?i)a)', '(?<a>', '[]', '[^]', '(?P<a-b>c)', 'x{99999999999}']
for p in errs:
    try:
        c = re.compile(p)
        print(repr(p), 'ok', c.flags)
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
print(re.compile('a', re.I), re.compile(b'a'), re.compile('a', re.A | re.S), re.compile('x' * 300)[:0] if False else repr(re.compile('x' * 10)))
print(repr(re.I), repr(re.I | re.M), re.I | re.M, int(re.I | re.S), re.X.value, re.DOTALL.name, re.NOFLAG, re.A)
p = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)(-(?P<d>\d\d))?')
print(p.groups, p.groupindex, p.pattern, p.flags)
m = p.search('on 2024-05 and')
print(m, m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0), m.group('y', 'm', 0), m.lastindex, m.lastgroup, m.regs)
print(m.start(), m.end(), m.start('d'), m.span('d'), m.pos, m.endpos, m.re is p, m.string)
print(m.expand(r'\g<m>/\g<y> \1 [\g<0>]'))
for bad in [lambda: m.group(5), lambda: m.group('zz'), lambda: m['q'], lambda: m.start(7)]:
    try:
        bad()
    except IndexError as e:
        print('IndexError:', e)
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match(r'(a)|(b)', 'b').lastindex, re.match('a', 'a').lastindex)
print(re.compile(r'\d').search('ab12', 3), re.compile(r'\d').match('ab12', 2), re.compile(r'^\d').search('ab12', 2), re.compile(r'\d$').search('ab12', 0, 3))
print(re.compile(r'\w+').findall('abc def ghi', 2, 9), re.compile('x*').sub('-', 'abc', 2), re.subn('a', 'b', 'aaa'), re.subn('a', 'b', 'aaa', 2))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('a', r'\n\t\\', 'xa'), re.sub('(?P<n>a)', r'\g<n>\g<1>\g<0>', 'a'))
for bad in [r'\9', r'\g<9>', r'\g<zz>', r'\g<a b>', r'\g', r'\g<', r'\q', '\\']:
    try:
        print(re.sub('(a)', bad, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.split(r'\b', 'ab cd'), re.split(r'x*', 'axbc'), re.split(r'(a)(x)?', 'bacad'), re.split(',', 'a,b,c,d', maxsplit=2), re.split(',', 'a,b', -1))
print(re.findall(b'\\w+', b'hello world'), re.sub(b'o', b'0', b'foo'), re.match(b'(a)(b)', b'abc').groups(), re.split(b',', b'a,b'))
print(re.match(rb'\d+', b'123').group(), re.sub(rb'(\w)', rb'<\1>', b'ab'), re.escape(b'a.b'))
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError:', e)
print(re.escape('hello world! (x) [y] {z} ^$*+?.|\\ é - # &~'))
print(re.match('(?i)ǅ', 'ǆ'), re.match('(?i)[k]', 'K'), re.match('(?ai)é', 'É'), re.match('(?i)é', 'É'))
print(re.search(r'\d', '٣'), re.search(r'(?a)\d', '٣'), re.search(r'\w', '中'), re.search(r'\s', '\u3000'))
print(re.purge(), re.compile('a') is re.compile('a'), re.compile(re.compile('a')).pattern)
it = re.finditer(r'\w', 'ab')
print(next(it), next(it))
sc = re.compile(r'\d').scanner('a1b2')
print(sc.search(), sc.search(), sc.search())
print(re.fullmatch(r'\d+', '123', ) , re.compile(r'\d+').fullmatch('123abc', 0, 3))
print(re.sub(r'\s+', ' ', '  lots   of\n\nspace  ').strip(), re.sub('$', 'X', 'a\nb\n'), re.sub('^', '>', 'a\nb', flags=re.M))
print(re.findall(r'(?:(\d+)|(x))', '12x3'), re.findall('', 'ab'), re.findall('a|', 'bab'))
print(re.match(r'(?x) ( \d+ ) \s* [#] \s* (\w+)  # trailing', '12 # ab').groups())
print(re.compile('(?i)a').flags, re.compile('(?a)a').flags, re.compile(b'(?i)a').flags, re.compile('(?x)a').flags, re.compile('a', re.A).flags)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError:', e)
print(re.match('a', 'a') == re.match('a', 'a'), re.compile('a') == re.compile('a'), hash(re.compile('a')) == hash(re.compile('a')))
print(re.search('x', 'a' * 10000 + 'x').span(), len(re.findall('a', 'a' * 10000)), re.match('(?:ab)*', 'ab' * 5000).end())
print(re.sub('(?P<w>\\w+)', lambda m: m.group('w').upper(), 'hi there'), re.sub('a', lambda m: None, 'bab'))
for f in [lambda: re.sub('a', lambda m: 1, 'bab'), lambda: re.sub(b'a', lambda m: 'x', b'a'), lambda: re.sub('a', lambda m: b'x', 'a'),
          lambda: re.search(b'a', 'a'), lambda: re.sub('a', 'b', b'a'), lambda: re.sub(b'a', 'b', b'a')]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
s = 'shared subject'
print(re.search('s', s), end=' ')
try:
    re.search(b's', s)
except TypeError as e:
    print('TypeError:', e)
print(re.match('.*', 'x' * 100), re.match(b'.*', b'y' * 100))
for f in [lambda: re.sub(b'a', 'b', b'xa'), lambda: re.sub('a', b'b', 'xa'), lambda: re.sub('a', 'b', b'xa'), lambda: re.sub(b'a', b'b', 'xa'),
          lambda: re.sub('a', r'\n', b'a'), lambda: re.sub(b'a', r'\n', b'a'), lambda: re.sub('a', b'\\n', 'a'), lambda: re.sub(b'x', 'b', b'a'),
          lambda: re.sub('x', 3, 'a'), lambda: re.match(b'(a)', b'a').expand(rb'<\1>'), lambda: re.sub('(a)', r'\1\1', 'xa')]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
