def ratio(a, b):
    return a   //   b   # integer ratio

print(ratio(7, 2))
print(ratio(7, 0))
