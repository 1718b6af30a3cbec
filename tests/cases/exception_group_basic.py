eg = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
print(type(eg).__mro__)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__, type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
for bad in [lambda: ExceptionGroup(), lambda: ExceptionGroup("m"), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("m", 1), lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]),
            lambda: ExceptionGroup("m", [KeyboardInterrupt()]), lambda: ExceptionGroup("m", {ValueError()}),
            lambda: eg.split(1), lambda: eg.subgroup("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(nested.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(nested.subgroup(OSError), nested.split(OSError)[0], nested.split(OSError)[1] is nested)
print(nested.subgroup(BaseExceptionGroup) is nested)
print(repr(nested.split((TypeError, KeyError))))
d = nested.derive([RuntimeError("r")])
print(repr(d), type(d).__name__)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message.upper(), excs)
me = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(me.split(ValueError)))
try:
    MyEG("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)

e = ValueError("v")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as x:
    print(x)
e.__notes__ = ("t",)
try:
    e.add_note("z")
except TypeError as x:
    print(x)
eg2 = ExceptionGroup("n", [ValueError(1)])
eg2.add_note("group note")
print(repr(eg2.split(ValueError)[0].__notes__))
