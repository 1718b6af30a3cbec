# NameError inside a function
def compute():
    total = 0
    for i in range(3):
        total += i
    return grand_sum_value
print('start')
compute()
