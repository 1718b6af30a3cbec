def classify(v):
    try:
        return int(v)
    except (TypeError, ValueError) as e:
        return f'{type(e).__name__}: {e}'
print(classify('12'), classify('x'), classify(None), classify([1]))
