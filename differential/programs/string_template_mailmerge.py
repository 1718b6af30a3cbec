"""Mail merge: string.Template, format_map with defaults, safe substitution, escaping and word wrapping."""
from string import Template, Formatter
import textwrap

class Defaulting(dict):
    def __missing__(self, key):
        return "{" + key + "}"

LETTER = Template("""Dear $title $last_name,

Your order #${order_id} of $$${total} ships on $ship_date.
$extra""")

customers = [
    {"title": "Dr.", "last_name": "Okafor", "order_id": 1042, "total": "129.50", "ship_date": "Mon 3 Jun", "extra": "Thanks!"},
    {"title": "Ms.", "last_name": "Ng", "order_id": 77, "total": "5.00", "ship_date": "Tue 4 Jun"},
]
for c in customers:
    try:
        print(LETTER.substitute(c))
    except KeyError as e:
        print("missing key:", e)
    print(LETTER.safe_substitute(c))
    print("-" * 20)
print(Template("$a and ${b}c and $$ and $").safe_substitute(a=1))
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$who likes $what").substitute({"who": "tim"}, what="kung pao"))
class Percent(Template):
    delimiter = "%"
print(Percent("%name is %{age}yo, 100%% sure").substitute(name="Al", age=7))
print(Template("$x").template, Template.delimiter, Template("${a} $b $c").get_identifiers() if hasattr(Template, "get_identifiers") else None)
fmt = "{name:<8}|{qty:>4}|{price:>8.2f}|{note}"
print(fmt.format_map(Defaulting(name="apple", qty=3, price=1.5)))
print("{0[name]} has {0[n]} items; first={1[0]!r}".format({"name": "cart", "n": 2}, ["x", "y"]))
print("{obj.real}+{obj.imag}j".format(obj=3 + 4j), "{:{fill}{align}{width}}".format("mid", fill="-", align="^", width=9))
print([(lit, field, spec, conv) for lit, field, spec, conv in Formatter().parse("Hi {name!r:>10} and {0} {{literal}}")])
body = ("We are writing to let you know that your subscription will renew automatically next month. "
        "If you wish to cancel, please do so before the renewal date to avoid charges.")
para = textwrap.fill(body, width=50, initial_indent="    ", subsequent_indent="  ")
print(para)
print(textwrap.wrap("short", 50), textwrap.wrap("", 10), textwrap.fill("a-very-long-hyphenated-word-that-breaks", 12))
print(textwrap.fill("Supercalifragilisticexpialidocious is long", 10, break_long_words=False))
signature = "\n".join(f"{k:>8}: {v}" for k, v in {"Phone": "+1 555 0100", "Web": "example.com"}.items())
print(signature)
