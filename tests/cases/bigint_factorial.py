# factorials produce big ints
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(20))
print(fact(21))
print(fact(30))
print(fact(50))
print(fact(30) // fact(28))
print(fact(25) % 1000007)
import math
print(math.factorial(30) == fact(30))
