/**
 * A streaming CSV reader (RFC 4180: comma-separated, fields optionally in double quotes, `""` for a
 * quote inside one, CRLF or LF line ends, a UTF-8 byte-order mark ignored). Chunks go in as they
 * arrive; each complete record comes out with the line on which it starts, so an error can name it.
 * Nothing but the record being read is kept.
 */
/** A record longer than the reader takes: a file that is not CSV, or a field left open by a stray quote. */
export class RecordTooLongError extends Error {
  constructor(
    readonly line: number,
    readonly maxChars: number,
  ) {
    super(`line ${line} is longer than ${Math.round(maxChars / 1024)} KB`);
  }
}

/** Longer than any real ticket row, and short enough that a runaway field cannot hold a file in memory. */
export const MAX_RECORD_CHARS = 64 * 1024;

export interface CsvReader {
  push(chunk: string): void;
  /** Flushes a last record without a line end. */
  end(): void;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export function csvReader(onRecord: (fields: string[], line: number) => void, maxRecordChars = MAX_RECORD_CHARS): CsvReader {
  let fields: string[] = [];
  let recordChars = 0; // characters of the record's completed fields
  let field = '';
  let quoted = false; // inside a quoted field
  let afterQuote = false; // a quote just closed or was doubled: the next character decides which
  let started = false; // the record has content (a blank line is no record)
  let line = 1; // the physical line being read
  let recordLine = 1;
  let first = true;
  let pendingCr = false;

  const endRecord = () => {
    fields.push(field);
    if (started) onRecord(fields, recordLine);
    fields = [];
    field = '';
    recordChars = 0;
    started = false;
  };

  return {
    push(chunk) {
      let text = chunk;
      if (first && chunk.length > 0) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      let runStart = 0; // start of a run of plain characters not yet copied into `field`
      const flushRun = (to: number) => {
        if (to > runStart) field += text.slice(runStart, to);
        if (recordChars + field.length > maxRecordChars) throw new RecordTooLongError(recordLine, maxRecordChars);
      };
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (pendingCr) {
          pendingCr = false;
          if (c === LF) {
            runStart = i + 1;
            continue;
          }
        }
        if (quoted) {
          if (c === QUOTE) {
            flushRun(i);
            quoted = false;
            afterQuote = true;
            runStart = i + 1;
          } else if (c === LF) line += 1;
          continue;
        }
        if (afterQuote) {
          afterQuote = false;
          if (c === QUOTE) {
            // A doubled quote inside a quoted field: keep one and go on inside the quotes.
            field += '"';
            quoted = true;
            runStart = i + 1;
            continue;
          }
        }
        if (c === COMMA) {
          flushRun(i);
          fields.push(field);
          recordChars += field.length;
          field = '';
          started = true;
          runStart = i + 1;
        } else if (c === LF || c === CR) {
          flushRun(i);
          endRecord();
          line += 1;
          recordLine = line;
          pendingCr = c === CR;
          runStart = i + 1;
        } else if (c === QUOTE && field === '' && runStart === i) {
          quoted = true;
          started = true;
          runStart = i + 1;
        } else {
          started = true;
        }
      }
      flushRun(text.length);
    },
    end() {
      if (started || fields.length > 0 || field !== '') endRecord();
    },
  };
}
