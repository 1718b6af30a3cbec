# csv over real files: writer with newline='', reader/DictReader back, appending, the newline-less mistake
import csv
with open('people.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['name', 'city', 'note'])
    w.writerows([['Ann', 'Paris', 'likes "quotes"'], ['Bob', 'Rome', 'multi\nline'], ['Cy', 'Oslo, NO', '']])
with open('people.csv', 'rb') as f:
    print(f.read())
with open('people.csv', newline='') as f:
    for row in csv.reader(f):
        print(row)
with open('people.csv', newline='') as f:
    r = csv.DictReader(f)
    print(r.fieldnames, [d['city'] for d in r], r.line_num)
with open('people.csv', 'a', newline='') as f:
    csv.DictWriter(f, ['name', 'city', 'note']).writerow({'name': 'Dee', 'city': 'Kyiv'})
with open('people.csv') as f:
    rows = list(csv.reader(f))
    print(len(rows), rows[-1])
with open('semi.csv', 'w', newline='') as f:
    csv.writer(f, delimiter=';', quoting=csv.QUOTE_NONNUMERIC).writerows([[1, 2.5, 'x'], [3, None, 'y;z']])
with open('semi.csv', newline='') as f:
    print(f.read().splitlines())
    f.seek(0)
    print(list(csv.reader(f, delimiter=';', quoting=csv.QUOTE_NONNUMERIC)))
with open('semi.csv', 'rb') as f:
    try:
        next(csv.reader(f))
    except csv.Error as e:
        print('Error', e)
