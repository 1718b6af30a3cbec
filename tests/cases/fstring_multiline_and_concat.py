a, b = 1, 2
msg = (f'a={a} '
       'plain '
       f'b={b}')
print(msg)
print(f"""triple {a}
next {b}""")
print(rf'raw \n {a}', fr'{b}\t')
