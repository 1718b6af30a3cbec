"""Text wrapping and filling (CPython's algorithm; the word-splitting regular expression is
implemented by hand)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(c):
    return c in _whitespace


def _is_word(c):       # \w
    return c.isalnum() or c == '_'


def _is_letter(c):     # [^\d\W]
    return (c.isalnum() or c == '_') and not c.isdigit()


def _is_wp(c):         # [\w!"'&.,?]
    return _is_word(c) or c in '!"\'&.,?'


def _split_hyphens(text):
    """Chunks of text like CPython's TextWrapper.wordsep_re.split."""
    chunks = []
    n = len(text)
    p = 0

    def at(i):
        return text[i] if 0 <= i < n else ''

    def letter(i):
        c = at(i)
        return c != '' and _is_letter(c)

    def emdash_ahead(k):
        # (?=-{2,}\w) at k
        j = k
        while j < n and text[j] == '-':
            j += 1
        return j - k >= 2 and j < n and _is_word(text[j])

    while p < n:
        if _is_ws(text[p]):
            q = p
            while q < n and _is_ws(text[q]):
                q += 1
            chunks.append(text[p:q])
            p = q
            continue
        # em-dash between words: (?<=wp) -{2,} (?=\w)
        if text[p] == '-' and p > 0 and _is_wp(text[p - 1]):
            j = p
            while j < n and text[j] == '-':
                j += 1
            if j - p >= 2 and j < n and _is_word(text[j]):
                chunks.append(text[p:j])
                p = j
                continue
        # a word, possibly hyphenated: the shortest non-space run followed by one of the ends
        k = p + 1
        end = -1
        while True:
            # hyphenated word: -(?:(?<=lt{2}-)|(?<=lt-lt-))(?=lt-?lt)
            if k < n and text[k] == '-':
                behind = (letter(k - 2) and letter(k - 1)) or (letter(k - 3) and at(k - 2) == '-' and letter(k - 1))
                ahead = letter(k + 1) and (letter(k + 2) or (at(k + 2) == '-' and letter(k + 3)))
                if behind and ahead and k - 1 >= p:
                    end = k + 1
                    break
            if k >= n or _is_ws(text[k]):
                end = k
                break
            if _is_wp(text[k - 1]) and emdash_ahead(k):
                end = k
                break
            k += 1
        chunks.append(text[p:end])
        p = end
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        q = p
        ws = _is_ws(text[p])
        while q < n and _is_ws(text[q]) == ws:
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _sentence_end(chunk):
    # [a-z][\.\!\?][\"\']?\Z
    s = chunk
    if s and s[-1] in '"\'':
        s = s[:-1]
    return len(s) >= 2 and s[-1] in '.!?' and 'a' <= s[-2] <= 'z'


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                if c != ' ':
                    text = text.replace(c, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            chunks = _split_hyphens(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    placed = False
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            placed = True
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    if not placed:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    lines = text.split('\n')
    # lines consisting solely of blanks and tabs are normalized to empty
    for i in range(len(lines)):
        ln = lines[i]
        if ln and ln.strip(' \t') == '':
            lines[i] = ''
    margin = None
    for ln in lines:
        if ln == '':
            continue
        j = 0
        while j < len(ln) and ln[j] in ' \t':
            j += 1
        if j == len(ln):
            continue
        ind = ln[:j]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            k = 0
            while k < len(margin) and k < len(ind) and margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        m = len(margin)
        lines = [ln[m:] if ln.startswith(margin) else ln for ln in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
