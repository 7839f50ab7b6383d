/**
 * A plain-text table fitted to a terminal width. Columns shrink (widest first, never below their
 * minimum) and cut cells end with "…", so a row never wraps. No dependency: the needs are small.
 */
export type TableColumn = {
  header: string;
  /**
   * Narrowest the column may become when space is short; defaults to the header's width. Columns
   * shrink evenly toward their minimums, so a larger minimum keeps a column wider.
   */
  min?: number;
  /** Never shrink this column (short values that must stay whole: a measure, a figure). */
  fixed?: boolean;
  align?: 'left' | 'right';
};

const GAP = '  ';

export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number): string[] {
  const cells = rows.map((row) => columns.map((_, i) => singleLine(row[i] ?? '')));
  const widths = columns.map((column, i) =>
    Math.max(length(column.header), ...cells.map((row) => length(row[i]!))),
  );
  const mins = columns.map((column, i) =>
    column.fixed ? widths[i]! : Math.min(widths[i]!, column.min ?? length(column.header)),
  );
  let excess = widths.reduce((a, b) => a + b, 0) + GAP.length * (columns.length - 1) - width;
  while (excess > 0) {
    // Take one character from the column furthest above its minimum, so they all shrink toward it evenly.
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > mins[i]! && (widest === -1 || w - mins[i]! > widths[widest]! - mins[widest]!)) widest = i;
    });
    if (widest === -1) break;
    widths[widest]!--;
    excess--;
  }
  const line = (values: readonly string[]): string =>
    values
      .map((value, i) => pad(truncate(value, widths[i]!), widths[i]!, columns[i]!.align ?? 'left'))
      .join(GAP)
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '─'.repeat(w))),
    ...cells.map(line),
  ];
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Width in code points: enough for the Latin, Spanish and symbol text Tally prints. */
function length(text: string): number {
  return [...text].length;
}

export function truncate(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  if (width <= 1) return chars.slice(0, width).join('');
  return `${chars.slice(0, width - 1).join('')}…`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - length(text)));
  return align === 'right' ? fill + text : text + fill;
}
