import csv, io
data = 'name,age,city\r\nAnn,30,Paris\r\nBob,25\r\nCy,40,Rome,extra,more\r\n\r\nDee,1,X\r\n'
r = csv.DictReader(io.StringIO(data))
print(r.fieldnames)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO(data), restkey='rest', restval='?')
print(list(r))
r = csv.DictReader(['1,2', '3,4'], fieldnames=['a', 'b'])
print(list(r))
print(csv.DictReader(io.StringIO('')).fieldnames)
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['a', 'b', 'c'])
print(w.writeheader())
w.writerow({'a': 1, 'b': 'x,y'})
w.writerows([{'c': 3}, {'a': None, 'b': 2, 'c': 'z'}])
print(repr(s.getvalue()))
w = csv.DictWriter(s, ['a'], restval='-', extrasaction='ignore')
w.writerow({'b': 2})
print(repr(s.getvalue()[-3:]))
try:
    csv.DictWriter(s, ['a']).writerow({'a': 1, 'zz': 2})
except ValueError as e:
    print('ValueError', e)
try:
    csv.DictWriter(s, ['a'], extrasaction='bad')
except ValueError as e:
    print('ValueError', e)
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=('x', 'y'), delimiter=';', lineterminator='\n')
w.writeheader(); w.writerow({'x': 1, 'y': 2})
print(s.getvalue())
