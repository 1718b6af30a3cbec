class AppError(Exception):
    def __str__(self): return 'custom message'
print('x')
raise AppError(1, 2)
