// An RFC 4180 CSV reader for "getting data in": quoted fields, doubled quotes, line breaks inside
// quotes, CR, LF and CRLF line ends, a byte order mark, and `,` `;` or tab as the delimiter (found
// from the header line when not given). One pass over the text, character by character; fields are
// sliced out of the text, never built by concatenation, so a huge file reads in linear time.

export type Delimiter = "," | ";" | "\t";

export interface CsvOptions {
  /** The delimiter; when absent, the one found most often in the header line (`,` on a tie). */
  delimiter?: Delimiter;
}

export interface CsvRow {
  /** The line of the file (1-based) the row starts on. */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface CsvTable {
  /** The first row: the column names, as written. */
  header: string[];
  /** The other rows; ragged rows are kept (and reported). Blank lines are left out. */
  rows: CsvRow[];
  problems: CsvProblem[];
  delimiter: Delimiter;
}

const QUOTE = 34; // "
const CR = 13;
const LF = 10;
const DELIMITERS: readonly Delimiter[] = [",", ";", "\t"];

/** Where the text starts: after a byte order mark, if there is one. */
function startOf(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/**
 * The delimiter of the header line: the one of `,` `;` tab found most often outside quotes in the
 * first line, `,` when none is (or on a tie with `,`).
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = [0, 0, 0];
  let quoted = false;
  for (let i = startOf(text); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === CR || c === LF)) break;
    else if (!quoted) {
      const k = DELIMITERS.indexOf(text[i] as Delimiter);
      if (k >= 0) counts[k] = (counts[k] ?? 0) + 1;
    }
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if ((counts[k] ?? 0) > (counts[best] ?? 0)) best = k;
  return DELIMITERS[best] ?? ",";
}

/** A record as read, before it is split into the header and the rows. */
interface RawRecord {
  line: number;
  cells: string[];
}

/** Reads every record of `text` with `delim`; the problems found on the way go to `problems`. */
function readRecords(text: string, delim: number, problems: CsvProblem[]): RawRecord[] {
  const records: RawRecord[] = [];
  const n = text.length;
  let i = startOf(text);
  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let quoted = false;
  const isEnd = (c: number) => c === delim || c === CR || c === LF;
  const finish = () => {
    // A blank line (one empty, unquoted field) is no record.
    if (!(cells.length === 1 && cells[0] === "" && !quoted)) records.push({ line: recordLine, cells });
    cells = [];
  };
  if (i >= n) return records;
  for (;;) {
    quoted = text.charCodeAt(i) === QUOTE;
    if (quoted) {
      const opened = line;
      const parts: string[] = [];
      let from = ++i;
      let closed = false;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          parts.push(text.slice(from, i));
          if (text.charCodeAt(i + 1) === QUOTE) {
            parts.push('"');
            i += 2;
            from = i;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        // CRLF counts once, at its LF.
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
        i++;
      }
      if (!closed) {
        problems.push({ line: opened, message: `The quote opened on line ${opened} is never closed; the row starting on line ${recordLine} is left out.` });
        return records;
      }
      const rest = i;
      while (i < n && !isEnd(text.charCodeAt(i))) i++;
      if (i > rest) {
        problems.push({ line, message: `Line ${line}: text after a closing quote (${JSON.stringify(text.slice(rest, Math.min(i, rest + 20)))}) is kept as part of the field.` });
        parts.push(text.slice(rest, i));
      }
      cells.push(parts.join(""));
    } else {
      const from = i;
      while (i < n && !isEnd(text.charCodeAt(i))) i++;
      cells.push(text.slice(from, i));
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      if (i >= n) {
        cells.push("");
        break;
      }
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    finish();
    recordLine = line;
    if (i >= n) return records;
  }
  finish();
  return records;
}

/**
 * Reads a CSV file: the first non-blank row is the header. A row with more or fewer cells than the
 * header is kept and reported; an unterminated quote is reported and its row (with the rest of the
 * file, which the quote swallowed) left out.
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvTable {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const problems: CsvProblem[] = [];
  const records = readRecords(text, delimiter.charCodeAt(0), problems);
  const [first, ...rows] = records;
  const header = first?.cells ?? [];
  for (const row of rows) {
    if (row.cells.length !== header.length) {
      const cells = row.cells.length === 1 ? "1 cell" : `${row.cells.length} cells`;
      problems.push({ line: row.line, message: `Line ${row.line} has ${cells}; the header has ${header.length}.` });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { header, rows, problems, delimiter };
}
