# TypeError from str + int
age = 30
print('age: ' + str(age))
print('age: ' + age)
