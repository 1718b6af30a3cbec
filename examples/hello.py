print("Hello from pyex!")
print(sum(i * i for i in range(10)))
