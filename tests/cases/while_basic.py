# while loops
i = 0
while i < 5:
    print(i)
    i += 1
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('steps', steps)
total = 0
k = 10
while k:
    total += k
    k -= 1
print(total)
lst = [1, 2, 3]
while lst:
    print(lst.pop())
