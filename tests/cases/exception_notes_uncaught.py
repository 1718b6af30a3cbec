def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.add_note("while computing f")
        raise
f()
