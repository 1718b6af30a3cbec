try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
class E(Exception):
    def __init__(self): super().__init__('made by class')
try:
    raise E
except E as e:
    print(e)
