#!/usr/bin/env python3
"""Regenerate stdlib/_compat_pickle.py (pickle's Python 2/3 name tables) from the host CPython 3.11."""
import os
import _compat_pickle as c

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
out = ['"""_compat_pickle: module/name mappings between Python 2 and 3 used by pickle protocols 0-2',
       '(fix_imports). Generated as data from CPython 3.11\'s tables by scripts/gen_compat_pickle.py."""', '']
out.append('IMPORT_MAPPING = ' + repr(dict(sorted(c.IMPORT_MAPPING.items()))))
out.append('NAME_MAPPING = ' + repr(dict(sorted(c.NAME_MAPPING.items()))))
out.append('REVERSE_IMPORT_MAPPING = ' + repr(dict(sorted(c.REVERSE_IMPORT_MAPPING.items()))))
out.append('REVERSE_NAME_MAPPING = ' + repr(dict(sorted(c.REVERSE_NAME_MAPPING.items()))))
with open(os.path.join(root, 'stdlib', '_compat_pickle.py'), 'w') as f:
    f.write('\n'.join(out) + '\n')
