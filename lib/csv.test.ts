import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Trufanov')).toBe('Trufanov');
    expect(csvCell(498)).toBe('498');
    expect(csvCell(null)).toBe('');
  });
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('Moscow, Russia')).toBe('"Moscow, Russia"');
    expect(csvCell('he said "keep promises"')).toBe('"he said ""keep promises"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });
  it('keeps leading and trailing spaces by quoting', () => {
    expect(csvCell(' 16 months')).toBe('" 16 months"');
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-cmd')).toBe("'-cmd");
  });
  it('keeps negative numbers as numbers', () => {
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell(-0.5)).toBe('-0.5');
  });
});

describe('toCsv', () => {
  it('joins cells with commas and rows with CRLF', () => {
    expect(toCsv([['Topic', 'A, B'], ['days', '498']])).toBe('Topic,"A, B"\r\ndays,498\r\n');
  });
  it('round-trips through a simple RFC 4180 parser', () => {
    const rows = [['a"b', 'c,d', 'e\nf', ''], ['x', 'y', 'z', 'w']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

/** Minimal RFC 4180 reader, enough to prove the writer's output reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  return rows;
}
