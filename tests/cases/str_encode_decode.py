print('hello'.encode('ascii'), 'héllo'.encode('latin-1'), 'héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'replace'))
print('hé'.encode('ascii', 'backslashreplace'), 'hé'.encode('ascii', 'xmlcharrefreplace'), 'héllo'.encode(), 'x'.encode('UTF_8'))
for f in [lambda: 'héé'.encode('ascii'), lambda: 'xé'.encode('ascii'), lambda: 'x'.encode('nope'), lambda: b'\xff'.decode(),
          lambda: b'a\xffb\xfe'.decode('ascii'), lambda: b'\xe4\xb8'.decode(), lambda: b'\xe4x'.decode(), lambda: 'x'.encode('utf-8', 'bogus')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'backslashreplace'))
print(b'\xc3\xa9t\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), bytearray(b'ok').decode('ascii'))
print(str(b'hi', 'utf-8'), str(bytearray(b'x'), encoding='ascii'), str(b'\xff', 'utf-8', 'replace'))
for s in ['', 'a', 'é', '日本', '😀x']:
    print(s.encode().decode() == s, len(s.encode()))
