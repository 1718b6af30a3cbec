# nested conditionals
def grade(score):
    if score >= 50:
        if score >= 90:
            return 'A'
        elif score >= 75:
            return 'B'
        else:
            return 'C'
    else:
        if score < 0:
            return 'invalid'
        return 'F'
for s in (95, 80, 60, 30, -1):
    print(s, grade(s))
def fizz(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return str(n)
print(' '.join(fizz(i) for i in range(1, 21)))
x = 0
if x == 0: print('one-line if')
if x: print('no')
else: print('one-line else')
