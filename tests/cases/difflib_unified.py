import difflib, sys
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'two\n', 'THREE\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'ten\n', 'eleven\n']
print("".join(difflib.unified_diff(a, b, fromfile='before.py', tofile='after.py')), end="")
print("".join(difflib.unified_diff(a, b, 'a', 'b', '2024-01-01', '2024-01-02', n=1)), end="")
print(list(difflib.unified_diff('one two three'.split(), 'one tree emu'.split(), lineterm='')))
print(list(difflib.unified_diff(a, a)))
print(list(difflib.unified_diff([], ['x\n'])))
print(list(difflib.unified_diff(['x\n'], [])))
print(list(difflib.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'], n=0)))
print("".join(difflib.context_diff(a, b, fromfile='before.py', tofile='after.py')), end="")
print("".join(difflib.context_diff(a, b, n=0)), end="")
print(list(difflib.context_diff([], ['x\n'])))
print(list(difflib.context_diff(['x\n', 'y\n'], ['x\n'], lineterm='')))
try:
    list(difflib.unified_diff([1], ['a']))
except TypeError as e:
    print('TypeError', e)
try:
    list(difflib.unified_diff(['a'], ['b'], fromfile=3))
except TypeError as e:
    print('TypeError', e)
text1 = 'the quick brown fox\njumps over\nthe lazy dog\n'.splitlines(keepends=True)
text2 = 'the quick red fox\njumps over\nthe lazy cat\nand more\n'.splitlines(keepends=True)
print(''.join(difflib.unified_diff(text1, text2)), end='')
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'])))
