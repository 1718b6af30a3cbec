# failing assert with a message
def check(v):
    assert v >= 0, 'value must be non-negative, got %d' % v
    return v
print(check(1))
print(check(-2))
