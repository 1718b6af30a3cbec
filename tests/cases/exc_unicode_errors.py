try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
    print(e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
