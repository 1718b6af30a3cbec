# loops accumulating ints
total = 0
for i in range(1000):
    total += i * i
print(total)
prod = 1
for i in range(1, 16):
    prod *= i
print(prod)
h = 0
for c in 'deterministic':
    h = (h * 31 + ord(c)) % 1000000007
print(h)
x = 1
for _ in range(60):
    x = x * 2
print(x)
acc = 0
for i in range(-50, 50):
    acc += i // 7 + i % 7
print(acc)
n, digits = 9876543210, 0
while n:
    digits += n % 10
    n //= 10
print(digits)
