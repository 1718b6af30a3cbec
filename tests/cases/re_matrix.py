import re
pats = [r'a', r'a*', r'a+?', r'(a|b)*c', r'(a*)*', r'(a*)+b', r'(a|ab)(c|bcd)(d*)', r'^(\w+)\s*=\s*(.*)$', r'(?m)^\d+$',
        r'\bfoo\b', r'\Bo\B', r'[^a-c]+', r'[\d\s]+', r'[a-]+', r'[]a]+', r'[^]a]', r'x{0}', r'x{2,}', r'x{,2}', r'(?i)[a-z]+',
        r'(?i)straße', r'(.)\1', r'(?P<q>[\'"]).*?(?P=q)', r'(?:(a)|b)+', r'(a)|(b)', r'((a)|(b))+', r'(?<=\d{3})x', r'(?<!\d)x',
        r'\d+(?=px)', r'(?!ab)\w\w', r'(?s:.)+', r'(?x) a b # comment\n c', r'a.c', r'\Aab|cd\Z', r'$', r'^', r'a$', r'(?m)a$',
        r'\w+@\w+\.com', r'(\d+)-(\d+)?', r'(?:x|y)*?z', r'[\w.-]+', r'\\', r'\.', r'[.]', r'\x41\u00e9\t', r'[\x00-\x1f]',
        r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', r'(?(1)a|b)', r'(a)?(?(1)x|y)', r'(?>ab|a)c', r'(?:ab|a)c', r'a{3}+', r'(ab)*+ab',
        r'é+', r'[à-ÿ]+', r'\s+', r'\S+', r'\D+', r'\W+', r'(?a)\w+', r'[^\W\d]+', r'(a|)+', r'(|a)+', r'()*', r'(?:)', r'.?.?.?$']
subjects = ['', 'a', 'aaa', 'abc', 'aabbcc', 'abcd', 'x = 1 + 2', '12\n34\nab', 'foo bar foobar', 'hello wORld',
            'STRASSE straße', 'aabbcc"quoted" \'single\'', '123x a4x', '12px 3em', 'a.c abc', 'abcdefghijj', 'ac bc abc',
            'aaab', 'ababab', 'éèêë café', ' \t\n x', 'x\ny\n', 'foo@bar.com test', '12-34 5-', 'xyxyz', 'a-b.c_d']
for p in pats:
    try:
        c = re.compile(p)
    except re.error as e:
        print('ERR', repr(p), e)
        continue
    print(repr(p), c.groups, c.flags)
    for s in subjects:
        m = c.search(s)
        mm = c.match(s)
        fm = c.fullmatch(s)
        r = [m and (m.span(), m.groups(), m.lastindex), mm and mm.span(), fm and fm.span()]
        r.append(c.findall(s))
        r.append(c.sub('<\\g<0>>', s))
        r.append(c.split(s))
        r.append([x.span() for x in c.finditer(s)])
        print(' ', repr(s), r)
