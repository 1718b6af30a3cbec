# float division by zero at module level
x = 1.5
y = 0.0
print('before')
print(x / y)
