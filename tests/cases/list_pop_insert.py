# pop and insert at different positions
l = list(range(6))
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-2), l)
print(l.pop(1), l)
l.insert(1, 'a')
print(l)
l.insert(0, 'start')
l.insert(len(l), 'end')
l.insert(-100, 'very start')
print(l)
stack = []
for c in '(()())':
    if c == '(':
        stack.append(c)
    else:
        stack.pop()
print('balanced' if not stack else 'unbalanced')
q = [1, 2, 3]
while q:
    print('dequeue', q.pop(0))
