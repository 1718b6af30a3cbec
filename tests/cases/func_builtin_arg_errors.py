tests = [lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: isinstance(1),
         lambda: divmod(1), lambda: 'a'.split(1), lambda: [].append(), lambda: {}.get(),
         lambda: int('1', base=1), lambda: sorted([], 1)]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
