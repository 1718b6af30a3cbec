// Recursion budget (docs/budgets.md): RecursionError, also through builtins and dunders that call back.
import { describe, it, expect } from 'vitest';
import { expectStops, run } from './helpers';

const limits = { maxSteps: 1_000_000 };
const error = { type: 'RecursionError', message: /^maximum recursion depth exceeded/ };

describe('recursion limit', () => {
  it.each([
    ['def f(): return f()\nf()'],
    ['def f(n): return f(n + 1) + 1\nf(0)'],
    ['f = lambda: f()\nf()'],
    ['class A:\n    def __repr__(self): return repr(self)\nrepr(A())'],
    ['class A:\n    def __repr__(self): return f"{self!r}"\nprint([A()])'],
    ['class A:\n    def __str__(self): return str(self)\nprint(A())'],
    ['class A:\n    def __eq__(self, o): return self == o\nA() == A()'],
    ['class A:\n    def __eq__(self, o): return self == o\n[A()].index(A())'],
    ['class A:\n    def __hash__(self): return hash(self)\nhash(A())'],
    ['class A:\n    def __hash__(self): return hash(self)\n{A(): 1}'],
    ['class A:\n    def __lt__(self, o): return self < o\nsorted([A(), A()])'],
    ['def k(x): return sorted([1, 2], key=k)\nsorted([1, 2], key=k)'],
    ['def k(x): return max([1, 2], key=k)\nk(1)'],
    ['class A:\n    def __getattr__(self, n): return self.x\nA().y'],
    ['class A:\n    @property\n    def p(self): return self.p\nA().p'],
    ['class A:\n    def __len__(self): return len(self)\nlen(A())'],
    ['class A:\n    def __iter__(self): return iter(self)\nlist(A())'],
    ['def f(): return list(map(lambda x: f(), [1]))\nf()'],
    ['def g():\n    yield from g()\nnext(g())'],
    ['def g():\n    yield from g()\nlist(g())'],
    ['x = []\nfor i in range(10**5): x = [x]\nrepr(x)'],
    ['x = {}\nfor i in range(10**5): x = {1: x}\nstr(x)'],
    ["import json\nx = []\nfor i in range(10**5): x = [x]\njson.dumps(x)"],
  ])('%s', async (src) => {
    await expectStops(src, limits, error);
  });

  it('is catchable, and the program carries on', async () => {
    const r = await run('def f(): return f()\ntry:\n    f()\nexcept RecursionError as e:\n    print("caught", e)\nprint("after")\n');
    expect(r.stdout).toBe('caught maximum recursion depth exceeded\nafter\n');
  });

  it('catching it and recursing again ends with the step limit', async () => {
    await expectStops('def f():\n    try:\n        return f()\n    except RecursionError:\n        return f()\nf()', { maxSteps: 1_000_000, maxDepth: 50 },
      { type: 'LimitError', message: 'step limit exceeded (1000000)' });
  });
});
