name = "world"
print(f"hello {name}")
print(f"hello {nmae}")
