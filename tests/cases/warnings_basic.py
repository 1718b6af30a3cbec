import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old_api()
    warnings.warn("plain message")
    warnings.warn("custom", RuntimeWarning)
    warnings.warn(UserWarning("instance"))
    print(len(w))
    for m in w:
        print(m.category.__name__, str(m.message), type(m.message).__name__, m.filename.endswith('warnings_basic.py'), m.lineno)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print(len(w))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("always", category=UserWarning)
    warnings.warn("skip this one")
    warnings.warn("keep this one")
    print([str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once per location")
    print(len(w))

class MyWarning(UserWarning):
    pass

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("mine", MyWarning)
    print(w[0].category is MyWarning, issubclass(w[0].category, Warning))
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print(e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3).strip())
warnings.warn("to stderr")
print('done')
