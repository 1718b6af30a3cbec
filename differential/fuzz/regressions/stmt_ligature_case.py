print('ﬁne'.upper(), 'ß'.upper(), 'ﬁne'.title(), 'ﬁne'.swapcase(), 'ﬁ'.capitalize(), 'ŉ'.upper(), 'ﬁ'.casefold(), 'İ'.lower())
