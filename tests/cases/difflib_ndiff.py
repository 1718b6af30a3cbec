import difflib, sys
diff = difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True))
diff = list(diff)
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print('ValueError', e)
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print("".join(difflib.Differ().compare(text1, text2)), end="")
print(list(difflib.ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])))
print(list(difflib.ndiff(['a\n', 'b\n', 'c\n'], ['x\n', 'y\n', 'b\n'])))
print(list(difflib.ndiff(['totally\n', 'different\n'], ['nothing\n', 'alike\n', 'here\n'])))
print(list(difflib.ndiff(['\tindented  line\n'], ['\tindentex  line\n'])))
print(list(difflib.ndiff(['same\n'], ['same\n'])))
print(list(difflib.ndiff([], ['new\n'])))
print(list(difflib.ndiff(['x = 1', 'y = 2', 'z = 3'], ['x = 1', 'y = 20', 'w = 3'])))
