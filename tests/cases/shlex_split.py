import shlex
for s in ['a b c', '  leading  and   trailing  ', 'one "two three" four', "say 'single quoted'",
          'esc\\ aped "in \\"quotes\\""', "'no \\escape in single'", 'a#b # comment', '"" \'\' x',
          'cmd --opt=val -x "a b"c', 'path/to/file.txt *.py', 'a\\\\b', 'mixed"quo"ted', '', '   ',
          '"\\$HOME" "\\a"', 'ünïcode wörds', 'x;y|z&&w', 'tab\tsep\nnewline']:
    print(repr(s), shlex.split(s))
print(shlex.split('a b # c d', comments=True))
print(shlex.split('a "b c" d', posix=False))
print(shlex.split("a 'b c' \\d", posix=False))
for bad in ['"unclosed', "'unclosed", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
