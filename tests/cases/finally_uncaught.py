# finally runs before the exception escapes
def work():
    try:
        print('working')
        return 1 / 0
    finally:
        print('cleanup in finally')
work()
