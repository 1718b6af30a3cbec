from string import Template
t = Template('$who likes $what, ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
bad = Template('cost: $ 5\nand $100')
print(bad.is_valid(), bad.safe_substitute())
try:
    bad.substitute()
except ValueError as e:
    print('ValueError', e)
class Pct(Template):
    delimiter = '%'
print(Pct('%name is %% %{age}y').substitute(name='Al', age=3))
print(Template('${a}${b} $a_b $a1').safe_substitute(a=1, b=2))
print(Template('trailing $').safe_substitute())
print(Template('$x').substitute(x=[1, 2]))
