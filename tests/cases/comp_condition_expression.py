print(['even' if x % 2 == 0 else 'odd' for x in range(4)])
print([x if x > 1 else -x for x in range(-2, 3) if x])
print({x: ('big' if x > 2 else 'small') for x in range(5)})
