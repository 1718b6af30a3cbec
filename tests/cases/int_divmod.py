# divmod with ints of every sign
for a in (17, -17, 0, 5, -5):
    for b in (5, -5, 3, 1):
        print(a, b, divmod(a, b), (a // b, a % b) == divmod(a, b))
print(divmod(2 ** 62, 7))
print(divmod(-(2 ** 62), 7))
