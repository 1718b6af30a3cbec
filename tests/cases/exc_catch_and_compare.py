errors = []
for f in [lambda: [][1], lambda: {}['x'], lambda: None.x, lambda: 1 + 'a', lambda: int('q'), lambda: undefined_thing]:
    try:
        f()
    except Exception as e:
        errors.append((type(e).__name__, str(e)))
for e in errors: print(*e)
