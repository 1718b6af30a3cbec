# SystemExit with a code: no traceback, just the exit status
import sys
print('exiting with 3')
sys.exit(3)
