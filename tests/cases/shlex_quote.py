import shlex
for s in ['', 'simple', 'has space', "it's", 'a"b', '$HOME', 'x*y', 'ok-_./:=@%+,', 'tab\there', 'ünï']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "quote's", '']))
print(shlex.split(shlex.join(['a b', "c'd", 'e"f'])))
lex = shlex.shlex('a = b + "c d" # comment\nnext_line 12')
print(list(lex))
lex = shlex.shlex('a = b + "c d"', posix=True)
print(list(lex), lex.lineno)
lex = shlex.shlex('ls | grep x && echo (y);', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a b c')
print(lex.get_token(), lex.get_token())
lex.push_token('zz')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('x,y', posix=True)
lex.whitespace_split = True
lex.whitespace += ','
print(list(lex))
