import re

# compile errors: CPython's messages and positions
errs = ['a{3,2}', '*', '+a', 'a**', 'a*{2}', '(', '(a', 'a)', '())', '[a', '[^', '\\q', 'a\\', '[z-a]', '(?<a>x)',
        '(?P<1a>x)', '(?P=zz)', '\\2', '(a)\\2', '(?<=a+)b', '(?<=a|bc)', '(?i', '(?z)', 'a(?i)b', 'x{2}{3}', 'a|*',
        '^*', '$+', '\\b*', '(?P<a>x)(?P<a>y)', '(?#abc', '[\\A]', '[\\Z]', '(?P', '(?P<a', '\\x4', '\\xg', '\\u12',
        '(?(1)a|b)', '(?(2)a)(b)', '(?(a)b)', '(?(1)a|b|c)(x)', '(?P<a>a)(?P=a', '(?', '(?P<>a)', '(?P=)', '(?-i)',
        '(?i-i:a)', '(a)(?P=1)', '(?<=(a)\\1)', '((a)', 'a\n(b', 'a{1,2}{3}', 'a??+', '\\777', '[\\777]',
        '\\N', '\\N{', '|*', '(?<', '(?<x', '(?P<a-b>c)', '(?P=a-b)', '[a-\\w]', '[\\w-a]', '\\0\\00\\000',
        '(?x)  ( ', '(?x:a', '(?:a', '(?=a', '(?!a', '(?<=a', '(?<!a', '(?>a', 'abc)', 'x{2,1}', '(?i)(?m)a']
for p in errs:
    try:
        c = re.compile(p)
        print(repr(p), 'ok', c.groups, c.flags)
    except re.error as e:
        print(repr(p), 'error:', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

# replacement template errors
for bad in [r'\9', r'\g<9>', r'\g<zz>', r'\g<a b>', r'\g', r'\g<', r'\g<1', r'\q', '\\', r'\g<-1>', r'\400']:
    try:
        print(repr(re.sub('(a)', bad, 'a')))
    except (re.error, IndexError) as e:
        print(repr(bad), type(e).__name__, e)

# an uncaught error shows re.error
re.compile('(?P<name>x')
