# ValueError from int() of a bad literal
for s in ['10', '20', 'thirty']:
    print(int(s) * 2)
