# augmented assignment operators
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 4
print(x)
x /= 4
print(x)
s = 'ab'
s += 'cd'
s *= 2
print(s)
l = [1]
l2 = l
l += [2, 3]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
a = [0, 0]
a[1] += 7
print(a)
