import fnmatch, re
for pat in ['*.py', '?', '[abc]', '[!abc]', '[^x]', 'a*b*c', '**', '*a*', 'a**b', '[a-z]*[0-9]',
            '[', '[!', '[]]', '[!]]', 'x[\\]y', 'a.b+c(d)', '[a-c-e]', '[z-a]', '[a&&b]', '[~-x]', '*?*']:
    t = fnmatch.translate(pat)
    print(repr(pat), t, bool(re.match(t, 'abc')))
