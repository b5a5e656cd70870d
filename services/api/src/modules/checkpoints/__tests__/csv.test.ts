import { csvReader } from '../csv.ts';

/** Every record the reader gives for `chunks` pushed in order, each as [line, fields]. */
function read(chunks: readonly string[]): [number, string[]][] {
  const records: [number, string[]][] = [];
  const reader = csvReader((fields, line) => records.push([line, fields]));
  for (const chunk of chunks) reader.push(chunk);
  reader.end();
  return records;
}

describe('csvReader', () => {
  it('splits plain records on commas and line ends, numbering each by its line', () => {
    expect(read(['id,created_at,priority\n1,2026-03-02T09:00:00Z,high\n2,2026-03-02T10:00:00Z,low\n'])).toEqual([
      [1, ['id', 'created_at', 'priority']],
      [2, ['1', '2026-03-02T09:00:00Z', 'high']],
      [3, ['2', '2026-03-02T10:00:00Z', 'low']],
    ]);
  });

  it('keeps empty fields, a trailing empty field and a last record without a line end', () => {
    expect(read(['a,,c,\n,,\nx,y'])).toEqual([
      [1, ['a', '', 'c', '']],
      [2, ['', '', '']],
      [3, ['x', 'y']],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and empty quotes', () => {
    expect(read(['"a, b","say ""hi""",""," x "\n""""\n'])).toEqual([
      [1, ['a, b', 'say "hi"', '', ' x ']],
      [2, ['"']],
    ]);
  });

  it('treats a quote inside an unquoted field as a plain character', () => {
    expect(read(['ab"c,d "e"\n'])).toEqual([[1, ['ab"c', 'd "e"']]]);
  });

  it('keeps line ends inside quotes and numbers the next records by their physical line', () => {
    const text = 'id,notes\n1,"first\nsecond\nthird"\n2,plain\n3,"crlf\r\ninside"\r\n4,last\n';
    expect(read([text])).toEqual([
      [1, ['id', 'notes']],
      [2, ['1', 'first\nsecond\nthird']],
      [5, ['2', 'plain']],
      [6, ['3', 'crlf\r\ninside']],
      [8, ['4', 'last']],
    ]);
  });

  it('reads CRLF line ends, and a lone CR as a line end', () => {
    expect(read(['a,b\r\nc,d\r\ne,f\rg,h\r\n'])).toEqual([
      [1, ['a', 'b']],
      [2, ['c', 'd']],
      [3, ['e', 'f']],
      [4, ['g', 'h']],
    ]);
  });

  it('skips blank lines but counts them in the line numbers', () => {
    expect(read(['\na,b\n\n\r\nc,d\n\n'])).toEqual([
      [2, ['a', 'b']],
      [5, ['c', 'd']],
    ]);
  });

  it('ignores a byte-order mark at the start, and only there', () => {
    expect(read(['\uFEFFid,x\n1,\uFEFF\n'])).toEqual([
      [1, ['id', 'x']],
      [2, ['1', '\uFEFF']],
    ]);
  });

  it('gives nothing for an empty input', () => {
    expect(read([])).toEqual([]);
    expect(read(['', ''])).toEqual([]);
    expect(read(['\n\r\n'])).toEqual([]);
  });

  const tricky = 'id,"notes, with comma",x\r\n1,"a ""quoted""\r\nline",""\n\n2,"",""""\r3,plain,"multi\nline\nfield"\r\n4,"end"';

  it('gives the same records wherever a chunk boundary falls (every split into two)', () => {
    const whole = read([tricky]);
    expect(whole).toEqual([
      [1, ['id', 'notes, with comma', 'x']],
      [2, ['1', 'a "quoted"\r\nline', '']],
      [5, ['2', '', '"']],
      [6, ['3', 'plain', 'multi\nline\nfield']],
      [9, ['4', 'end']],
    ]);
    for (let i = 0; i <= tricky.length; i++) {
      expect({ at: i, records: read([tricky.slice(0, i), tricky.slice(i)]) }).toEqual({ at: i, records: whole });
    }
  });

  it('gives the same records one character at a time, and split into three anywhere', () => {
    const whole = read([tricky]);
    expect(read([...tricky])).toEqual(whole);
    for (let i = 1; i < tricky.length; i++) {
      for (let j = i; j < tricky.length; j++) {
        expect({ at: [i, j], records: read([tricky.slice(0, i), tricky.slice(i, j), tricky.slice(j)]) }).toEqual({ at: [i, j], records: whole });
      }
    }
  });

  it('ignores the byte-order mark wherever the first chunk boundary falls, even before it (an empty first chunk)', () => {
    const text = '\uFEFFid,created_at\n1,2\n';
    const expected = [
      [1, ['id', 'created_at']],
      [2, ['1', '2']],
    ];
    for (let i = 0; i <= text.length; i++) {
      expect({ at: i, records: read([text.slice(0, i), text.slice(i)]) }).toEqual({ at: i, records: expected });
    }
  });
});
