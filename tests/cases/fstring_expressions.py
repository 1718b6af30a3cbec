d = {'key': 'v', 'n': 3}
print(f"{d['key']}", f"{d['n'] * 2}", f'{"nested " + "quotes"}', f"{'a' if d else 'b'}")
print(f'{(lambda x: x + 1)(1)}', f'{[i for i in range(3)]}', f'{ {"a": 1}["a"] }')
print(f'{{literal}} {{{d["n"]}}}')
print(f'{3:{"0"}{4}}')
