import difflib
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 6), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for opcode in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % opcode)
print(s.find_longest_match(0, 29, 0, 38))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
a = list(range(1, 40)) * 3
b = [x for x in a if x % 7]
s = difflib.SequenceMatcher(None, a, b)
print(s.ratio(), len(s.get_opcodes()))
a = 'x' * 300 + 'abc' + 'y' * 50
b = 'x' * 250 + 'abd' + 'y' * 60
for aj in (True, False):
    s = difflib.SequenceMatcher(None, a, b, autojunk=aj)
    print(aj, sorted(s.bpopular), s.ratio(), s.get_opcodes())
s = difflib.SequenceMatcher(None, "", "")
print(s.ratio(), s.get_opcodes(), s.get_matching_blocks())
s = difflib.SequenceMatcher(None, "abc", "")
print(s.ratio(), s.get_opcodes())
s = difflib.SequenceMatcher()
s.set_seqs("hello world", "hallo wereld")
print(s.ratio(), s.get_opcodes())
s.set_seq1("help")
print(s.ratio())
print(list(s.get_grouped_opcodes(1)))
a = [str(i) for i in range(20)]
b = a[:3] + ['x'] + a[4:15] + a[16:] + ['y']
print(list(difflib.SequenceMatcher(None, a, b).get_grouped_opcodes()))
m = difflib.Match(1, 2, 3)
print(m, m.size)
