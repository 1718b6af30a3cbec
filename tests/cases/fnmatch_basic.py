import fnmatch
names = ['a.py', 'b.txt', 'ab.py', '.hidden', 'dir/x.py', 'A.PY', '[x].py', 'a-b', 'a]b', '']
for pat in ['*.py', '?.py', '[ab]*', '[!a]*', '*', '', 'a*b', '[a-c].py', '*[]]*', '[!]]*', '[a-]*',
            '[z-a]*', '*/*', '\\*', '[[]x].py', 'A.P?', '*.[pP][yY]', '[', '[!', 'a[-]b', 'a?b']:
    print(repr(pat), fnmatch.filter(names, pat), [fnmatch.fnmatchcase(n, pat) for n in names[:3]])
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.py'))
print(fnmatch.fnmatch('foo\nbar', 'foo*'))
