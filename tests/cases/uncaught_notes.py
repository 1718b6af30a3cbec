e = TypeError('typed')
e.add_note('hint 1')
raise e
