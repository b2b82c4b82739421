/**
 * What commands print: a readable table by default, JSON with `--json`. Data
 * goes to stdout; progress, notes and errors go to stderr, so pipes stay clean.
 */

export type Row = Record<string, unknown>;

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function note(text: string): void {
  process.stderr.write(`${text}\n`);
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  // One line per row whatever the data holds.
  return text.replace(/[\r\n\t]+/g, ' ');
}

/** Rows as an aligned table with the given columns (the first row's keys when none are given). */
export function formatTable(rows: readonly Row[], columns?: readonly string[]): string {
  const cols = columns ?? Object.keys(rows[0] ?? {});
  if (cols.length === 0) return '';
  const cells = rows.map((row) => cols.map((c) => cell(row[c])));
  const widths = cols.map((c, i) => Math.min(48, Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length))));
  const fit = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));
  const line = (values: readonly string[]) => values.map((v, i) => fit(v, widths[i] ?? 0)).join('  ').trimEnd();
  return [line(cols.map((c) => c.toUpperCase())), ...cells.map(line)].join('\n');
}

/** One record as a two-column FIELD / VALUE table. */
export function formatRecord(record: Row): string {
  const rows = Object.entries(record).map(([field, value]) => ({ field, value }));
  return formatTable(rows, ['field', 'value']);
}

/** Prints rows as JSON (`--json`) or as a table. */
export function printRows(rows: readonly Row[], json: boolean | undefined, columns?: readonly string[]): void {
  if (json) return printJson(rows);
  process.stdout.write(rows.length === 0 ? '(none)\n' : `${formatTable(rows, columns)}\n`);
}

export function printRecord(record: Row, json: boolean | undefined): void {
  if (json) return printJson(record);
  process.stdout.write(`${formatRecord(record)}\n`);
}
