def ret_in_finally():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_in_finally())
def finally_swallows_exc():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(finally_swallows_exc())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def order():
    log = []
    try:
        try:
            log.append('try')
            raise ValueError
        except ValueError:
            log.append('except')
            raise TypeError
        else:
            log.append('else')
        finally:
            log.append('inner finally')
    except TypeError:
        log.append('outer except')
    finally:
        log.append('outer finally')
    return log
print(order())
def else_runs():
    log = []
    for i in range(2):
        try:
            log.append(f'try{i}')
        except Exception:
            log.append('never')
        else:
            log.append(f'else{i}')
            if i == 1:
                return log
        finally:
            log.append(f'finally{i}')
print(else_runs())
def return_value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(return_value_evaluated_before_finally())
def nested_returns():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested_returns())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
            continue
        finally:
            print('finally', n)
    return n
print(while_finally())
def exc_in_else():
    try:
        pass
    except ZeroDivisionError:
        return 'handler'
    else:
        1 / 0
try:
    exc_in_else()
except ZeroDivisionError as e:
    print('else exception not caught by same try:', e)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
for v in gen_finally():
    print(v)
print([v for v in gen_finally()])
def except_var_cleared():
    e = 'before'
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return 'UnboundLocalError: ' + str(err)
print(except_var_cleared())
