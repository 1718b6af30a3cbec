# sys: float_info/int_info/hash_info/flags/thread_info-style struct sequences, getsizeof of common
# objects, stdlib_module_names, audit hooks, displayhook, switch interval; module-level
# __getattr__ (PEP 562) on a user module
import sys
fi = sys.float_info
print(fi.max, fi.epsilon, fi.dig, fi.mant_dig, fi[0] == fi.max, len(fi), fi.radix)
print(sys.float_info)
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm, hash(float('inf')) == sys.hash_info.inf)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.dev_mode, type(sys.flags).__name__)
print(sys.implementation.name, sys.implementation.version[:2], sys.float_repr_style, sys.abiflags == '')
for o in [None, True, 0, 1, 2 ** 30, 2 ** 60, -5, 1.5, 1j, '', 'abc', 'é', '€', '😀', b'', b'ab', bytearray(), bytearray(b'x'),
          (), (1, 2), [], {}, range(5)]:
    print(repr(o)[:12], sys.getsizeof(o))
d = {}
sizes = []
for i in range(100):
    d[str(i)] = i
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)))
print(sys.getsizeof(object(), 7) > 0, sys.getsizeof(set()), sys.getsizeof({1, 2, 3}))
print('json' in sys.stdlib_module_names, 'numpy' in sys.stdlib_module_names, len(sys.stdlib_module_names))
events = []
sys.addaudithook(lambda ev, args: events.append((ev, args)))
sys.audit('my.event', 1, 'two')
print(events)
try:
    sys.audit(5)
except TypeError as e:
    print('TypeError', e)
sys.setswitchinterval(0.01)
print(sys.getswitchinterval(), sys.is_finalizing(), sys.call_tracing(max, (3, 9)))
sys.displayhook(None)
sys.displayhook([1, 2])
import builtins
print(builtins._)
try:
    sys.no_such_attribute
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(sys, 'float_info'), hasattr(sys, 'nope'), getattr(sys, 'nope', 'dflt'))
