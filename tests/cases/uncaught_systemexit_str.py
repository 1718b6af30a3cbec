import sys
print('exiting')
sys.exit('fatal: config missing')
