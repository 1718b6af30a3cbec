class C: pass
try:
    C().missing
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    undefined_name
except NameError as e:
    print(e.name)
