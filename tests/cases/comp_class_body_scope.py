class C:
    base = 10
    items = [1, 2]
    doubled = [i * 2 for i in items]
    try:
        bad = [base + i for i in items]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
