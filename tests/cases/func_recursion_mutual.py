def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7))
def ack(m, n):
    if m == 0: return n + 1
    if n == 0: return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))
def hanoi(n, a, b, c, out):
    if n: hanoi(n - 1, a, c, b, out); out.append((a, c)); hanoi(n - 1, b, a, c, out)
    return out
print(len(hanoi(6, 'A', 'B', 'C', [])))
