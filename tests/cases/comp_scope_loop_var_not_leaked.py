x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
y = [i for i in range(2)]
try: print(i)
except NameError as e: print(type(e).__name__, e)
