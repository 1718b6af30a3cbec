// Python-compatible syntax errors raised by the tokenizer and parser.
//
// `offset` / `end_offset` are 1-based *character* (code point) columns, like
// CPython's SyntaxError (which converts its internal UTF-8 byte offsets back to
// character offsets before raising). `text` is the full source line (with its
// trailing newline when the source has one, like CPython).

export type PySyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  pyType: PySyntaxErrorType;
  msg: string;
  lineno: number;
  offset: number;
  text: string;
  end_lineno: number;
  end_offset: number;
  filename: string;
  /** the input ended where more text could have completed it (parse with allowIncomplete) */
  incomplete?: boolean;
  /** @internal the parser failed on a token at the end of the input */
  atEof?: boolean;

  constructor(
    pyType: PySyntaxErrorType,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    text: string,
    end_lineno?: number,
    end_offset?: number,
  ) {
    super(`${pyType}: ${msg} (${filename}, line ${lineno})`);
    this.name = 'PySyntaxError';
    this.pyType = pyType;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.end_lineno = end_lineno ?? lineno;
    this.end_offset = end_offset ?? offset;
  }
}
