import re

# backtracking semantics, groups in loops, lazy/greedy/possessive, atomic groups, lookaround
cases = [
    (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(a+)(a+)', 'aaaa'), (r'(a+?)(a+)', 'aaaa'), (r'(a*)*b', 'aab'),
    (r'(?:(a)|b)*', 'ab'), (r'(?:(a)|(b))*', 'abab'), (r'(a)*', 'aaa'), (r'((a)|b)+', 'aab'), (r'(a|b)*?c', 'abbc'),
    (r'(\w+)\s+\1', 'the the cat'), (r'(?P<w>\w)(?P=w)', 'abccd'), (r'a{2,4}?', 'aaaaa'), (r'a{2,4}', 'aaaaa'),
    (r'(ab){2,}', 'abababx'), (r'(ab){1,2}?b', 'ababb'), (r'x*+x', 'xxx'), (r'(?>x*)x', 'xxx'), (r'(?>a|ab)c', 'abc'),
    (r'(?:a|ab)c', 'abc'), (r'(a|ab)++c', 'abc'), (r'(?:ab|a)*+b', 'abab'), (r'\d+(?=\D)', '123abc'),
    (r'(?<=\$)\d+', 'cost $42'), (r'(?<!\$)\b\d+', '$42 17'), (r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abc123'),
    (r'(?!.*x)^\w+$', 'abcx'), (r'(?=(a+))a*b\1', 'baaabac'), (r'(a)?(?(1)b|c)', 'c'), (r'(?P<q>")?\w+(?(q)")', '"abc"'),
    (r'(?P<q>")?\w+(?(q)")', 'abc"'), (r'(a*)+', 'b'), (r'(a*|b)*', 'ab'), (r'(|a)*', 'aa'), (r'(a|)*?b', 'aab'),
    (r'(?:x|(y))*z', 'xyxz'), (r'(a)(?:b(c))?', 'ab'), (r'(?:(a)b)?', 'ab'), (r'((?:a|b)*)c', 'ababc'),
    (r'\b\w+\b', ' hello '), (r'\Bll\B', 'hello'), (r'^$', ''), (r'^', ''), (r'\Z', 'ab'), (r'a\Z', 'a\n'),
    (r'a$', 'a\n'), (r'(?m)a$', 'a\nb'), (r'.+', 'ab\ncd'), (r'[^\n]+$', 'ab\ncd'), (r'(?<=ab)c|(?<=x)y', 'xy abc'),
    (r'(?<=a(b))c', 'abc'), (r'(?<!a(b))c', 'xbc'), (r'(\d)(?=(\d{3})+$)', '1234567'), (r'(.)(?!\1)', 'aab'),
    (r'([a-c])[^a-c]*\1', 'axbxa'), (r'[\]\-\\^]+', 'a]-\\^b'), (r'[-a]+', '-a-b'), (r'[a\-z]+', 'a-z'),
    (r'[\s\S]+', 'a\nb'), (r'[^\s\d]+', '12ab cd'), (r'[.*+?]+', 'a.*+?b'), (r'\x41\101\u0041\U00000041', 'AAAA'),
    (r'[\x41-\x43]+', 'ABCD'), (r'\0', '\x00'), (r'[\0-\x08]', '\x05'), (r'a\tb\nc', 'a\tb\nc'), (r'é{2}', 'éé'),
    (r'[à-ö]+', 'àéö÷'), (r'\u4e2d+', '中中文'), (r'.', '😀'), (r'\w+', 'naïve café'), (r'(?:\d|,)+', '1,234,567 x'),
    (r'a.c', 'a\nc'), (r'(?s)a.c', 'a\nc'), (r'x{0}y', 'y'), (r'x{,}y', 'xxy'), (r'a{1}{2}' if False else r'(?:a{1}){2}', 'aa'),
    (r'(a)|(b)|(c)', 'c'), (r'(?:(a)|(b)|(c))+', 'cba'), (r'(((a)))', 'a'), (r'(a(b(c)))(d)', 'abcd'),
]
for p, s in cases:
    m = re.search(p, s)
    if m:
        print(repr(p), repr(s), m.span(), m.groups(), m.lastindex, [m.span(i) for i in range(len(m.groups()) + 1)])
    else:
        print(repr(p), repr(s), None)
    print('   ', re.findall(p, s), re.sub(p, '#', s), re.split(p, s))

# empty matches and must-advance rules (3.7+)
print(re.sub('x*', '-', 'abxd'), re.sub('x*?', '-', 'axb'), re.sub(r'\b', '|', 'ab cd'), re.sub('(?=a)', '^', 'aaa'))
print(re.split('x*', 'axbxxc'), re.split(r'\b', 'a b'), re.split('(?=b)', 'abab'), re.findall(r'\b|a', 'a'))
print([m.span() for m in re.finditer('a*', 'baac')], [m.span() for m in re.finditer(r'(?=(\w\w))', 'abcd')])
print(re.subn('', '-', 'abc'), re.subn('a|', '-', 'bab'), re.sub('(a)|', r'[\1]', 'bab'))

# pos / endpos
p = re.compile(r'\w+')
print(p.search('ab cd ef', 3), p.search('ab cd ef', 3, 4), p.match('ab cd', 1), p.fullmatch('ab cd', 3), p.findall('ab cd ef', 1, 7))
print(re.compile('^a').search('ba', 1), re.compile('(?m)^a').search('b\na', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile(r'\b').search('ab', 1), re.compile(r'(?<=a)b').search('ab', 1), p.search('abc', -5, 100), p.search('abc', 5))
print([m.group() for m in p.finditer('aa bb cc dd', 3, 8)], p.match('abc', 0, 2).endpos, p.match('abc', 1).pos)
