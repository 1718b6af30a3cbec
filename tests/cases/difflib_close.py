import difflib
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('prnt', ['print', 'sprint', 'pint', 'prince', 'paint'], n=2))
print(difflib.get_close_matches('colour', ['color', 'cooler', 'collar', 'valor'], cutoff=0.3))
print(difflib.get_close_matches('x', []))
for n, c in [(0, 0.5), (-1, 0.5), (3, 1.5), (3, -0.1)]:
    try:
        difflib.get_close_matches('a', ['a'], n, c)
    except ValueError as e:
        print('ValueError', e)
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'), difflib.IS_CHARACTER_JUNK('x'))
