"""Shared by the sweep generators (gen_*.py) and by the live runner.

A sweep table differential/sweeps/<name>.json is {"exc": "message"|"type", "cells":
[{"src": expr, "expect": outcome}]}; a cell may also have "stmt", statements run
just before src is evaluated (x = [1, 2]; x[::2] = 'a') in the same namespace.  The outcome of a cell is repr(eval(src)), or,
when it raises, "ExcType: message" ("exc": "message") or "!ExcType" ("exc": "type",
the older tables that record only the type).  Newlines in an outcome are written as
the two characters backslash-n so that one cell is one line on the pyex side.

Cells whose outcome is not reproducible are dropped when a table is written: each
table is evaluated a second time in a child python3 with another PYTHONHASHSEED (str
hashes, str-set order) and every cell whose outcome differs, or that shows an object
address (' at 0x'), is left out.

    python3 sweeplib.py MODE < cells.json   evaluates cells live and prints a JSON list
                                            of outcomes (MODE is message or type);
                                            this is what `npm run diff` calls."""
import json, os, subprocess, sys
assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, '..', 'ledger.json')


def outcome(cell, mode='message'):
    """cell: an expression, or {"stmt": statements, "src": expression}."""
    try:
        g = {}
        if isinstance(cell, dict):
            exec(cell['stmt'], g)
            cell = cell['src']
        r = repr(eval(cell, g))
    except BaseException as e:  # noqa: BLE001 - every exception is an outcome
        if mode == 'type':
            r = '!' + type(e).__name__
        else:
            r = f'{type(e).__name__}: {e}'
    return r.replace('\n', '\\n')


def evaluate(srcs, mode='message', seed='0'):
    """Outcomes of srcs in a fresh python3 with the given PYTHONHASHSEED."""
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONIOENCODING='utf-8')
    p = subprocess.run([sys.executable, __file__, mode], input=json.dumps(srcs),
                       capture_output=True, text=True, env=env, check=True)
    return json.loads(p.stdout)


def write(name, srcs, mode='message'):
    """Record srcs (expressions or (statements, expression) pairs; duplicates dropped)
    as sweeps/<name>.json."""
    seen, uniq = set(), []
    for s in srcs:
        if isinstance(s, tuple):
            s = {'stmt': s[0], 'src': s[1]}
        key = json.dumps(s)
        if key not in seen:
            seen.add(key)
            uniq.append(s)
    a = evaluate(uniq, mode, '0')
    b = evaluate(uniq, mode, '1')
    cells, dropped = [], 0
    for s, x, y in zip(uniq, a, b):
        if x != y or ' at 0x' in x:
            dropped += 1
            continue
        cells.append(dict(s, expect=x) if isinstance(s, dict) else {'src': s, 'expect': x})
    path = os.path.join(HERE, f'{name}.json')
    with open(path, 'w') as f:
        f.write('{"exc": %s, "cells": [\n' % json.dumps(mode))
        f.write(',\n'.join(json.dumps(c, ensure_ascii=True) for c in cells))
        f.write('\n]}\n')
    print(f'{name}: {len(cells)} cells ({dropped} nondeterministic dropped)')


if __name__ == '__main__':
    mode = sys.argv[1] if len(sys.argv) > 1 else 'message'
    srcs = json.load(sys.stdin)
    json.dump([outcome(s, mode) for s in srcs], sys.stdout, ensure_ascii=True)
