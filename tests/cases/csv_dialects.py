import csv, io
print(sorted(csv.list_dialects()))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
d = csv.get_dialect('pipes')
print(repr(d.delimiter), d.quoting, repr(d.lineterminator), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.strict, d.escapechar)
s = io.StringIO()
csv.writer(s, 'pipes').writerow(['a', 'b'])
print(repr(s.getvalue()))
print(list(csv.reader(['"a"|"b"'], 'pipes')))
class my(csv.Dialect):
    delimiter = ':'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
s = io.StringIO()
csv.writer(s, my).writerow(['a:b', 'c'])
csv.writer(s, my()).writerow(['d', 'e'])
print(repr(s.getvalue()))
csv.register_dialect('mine', my, delimiter=';')
print(csv.get_dialect('mine').delimiter)
csv.unregister_dialect('mine')
print('mine' in csv.list_dialects())
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), csv.unix_dialect.quoting)
class bad(csv.Dialect):
    delimiter = ','
try:
    bad()
except csv.Error as e:
    print('Error', e)
