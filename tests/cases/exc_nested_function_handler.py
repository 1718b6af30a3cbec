def risky(n):
    return [1, 2, 3][n]
def safe(n):
    try:
        return risky(n)
    except IndexError:
        return None
print([safe(i) for i in range(5)])
