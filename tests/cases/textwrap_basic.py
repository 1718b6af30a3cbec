import textwrap
texts = [
    "The quick brown fox jumps over the lazy dog. " * 5,
    "Look, goof-ball -- use the -b option! A well-known state-of-the-art x-y-z thing; e-mail re-entry.",
    "Supercalifragilisticexpialidocious is a long word with hyphen-ated-pieces-everywhere-in-it okay",
    "  leading spaces\tand\ttabs\nand newlines.  Sentence two!  'Quoted.' Next  ",
    "a--b c -- d ---e f--- 123-456 ab-cd a-b-c-d abc-1 x--y--z",
    "",
    "short",
    "word " * 30,
]
for t in texts:
    for w in (10, 20, 35, 70):
        print(w, textwrap.wrap(t, w))
    print(repr(textwrap.fill(t, 25, initial_indent='* ', subsequent_indent='  ')))
    print(textwrap.wrap(t, 15, break_on_hyphens=False), textwrap.wrap(t, 12, break_long_words=False))
    print(textwrap.wrap(t, 30, fix_sentence_endings=True), textwrap.wrap(t, 30, drop_whitespace=False))
    print(repr(textwrap.shorten(t, 40)), repr(textwrap.shorten(t, 20, placeholder='...')), textwrap.wrap(t, 20, max_lines=2))
s = '''
    def f():
        return 1
\t
    x = 2
'''
print(repr(textwrap.dedent(s)), repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   a\n  b\n    c")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
print(textwrap.TextWrapper(width=12).wrap("hello world this is wrapped"))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
