import sys
def deep(n): return deep(n + 1)
for _ in range(3):
    try: deep(0)
    except RecursionError: print('caught')
def depth(n): return n if n == 0 else depth(n - 1)
print(depth(500))
