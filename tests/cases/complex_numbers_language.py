z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, z * 1j, z / 2, z ** 2, complex(1, -1), complex('2-3j'))
print(1j ** 2, (1 + 2j) == complex(1, 2), 1 + 0j == 1, hash(1 + 0j) == hash(1), type(1j).__name__, repr(-0j))
for bad in ['z < 1', 'abs("x")', 'complex("1+2")', 'int(1j)', '1j // 1', '1j % 2']:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(bad, '->', type(e).__name__, e)
print(complex(1.5), complex('  1e3j '), complex(3), (2+3j).__repr__(), str(3-4j))
print(sum([1j, 2, 3.5]), pow(1j, 2), 2 ** 1j == complex(2) ** 1j)
