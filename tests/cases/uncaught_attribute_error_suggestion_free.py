class C:
    value = 1
print(C().value)
C().valeu
