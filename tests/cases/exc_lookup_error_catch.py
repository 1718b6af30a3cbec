def get(c, k):
    try:
        return c[k]
    except LookupError as e:
        return type(e).__name__
print(get([1], 5), get({}, 'a'), get('abc', 1), get((1,), -2))
