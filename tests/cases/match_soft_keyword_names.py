match = 5
case = [match, 6]
print(match, case)
def _(): return 'underscore'
print(_())
match case:
    case [match, _]: print('rebound match to', match)
