import sys
print('code 4')
sys.exit(4)
