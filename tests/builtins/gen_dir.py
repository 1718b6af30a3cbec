"""Record CPython 3.11's dir(T) for the built-in types (tests/builtins/dir.json).
Run with python3 (3.11): python3 tests/builtins/gen_dir.py"""
import json, os, sys
assert sys.version_info[:2] == (3, 11), sys.version
TYPES = ['int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'list',
         'tuple', 'dict', 'set', 'frozenset', 'range', 'slice', 'object', 'type',
         'type(None)', 'BaseException', 'Exception', 'ArithmeticError',
         'LookupError', 'ValueError', 'TypeError', 'KeyError', 'OSError',
         'StopIteration']
out = {t: dir(eval(t)) for t in TYPES}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'dir.json')
with open(path, 'w') as f:
    json.dump(out, f, indent=0)
    f.write('\n')
