// Renders an HTML subtree as plain paragraphs: blocks apart by a blank line, tables as " | " rows, no script text.

/** The few DOM members we read; linkedom's nodes have them (we type them here so no DOM lib is needed). */
export type HtmlNode = {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
};

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Never rendered: code, styling, embedded objects and form widgets hold no article text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video',
  'audio', 'head', 'title', 'meta', 'link', 'button', 'select', 'textarea', 'input', 'img', 'picture', 'map',
]);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'ul',
]);

export type RenderOptions = {
  /** Extra element names to leave out (the body fallback drops navigation menus). */
  skip?: ReadonlySet<string>;
};

/** Paragraphs of `root`'s visible text, separated by "\n\n". */
export function renderHtmlText(root: HtmlNode, options: RenderOptions = {}): string {
  const writer = new ParagraphWriter();
  walk(root, writer, options.skip ?? new Set());
  writer.endParagraph();
  return writer.paragraphs.join('\n\n');
}

class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private inline = '';

  write(text: string): void {
    this.inline += text;
  }

  endParagraph(): void {
    const text = collapseWhitespace(this.inline);
    if (text !== '') this.paragraphs.push(text);
    this.inline = '';
  }

  /** A paragraph whose lines were already laid out (a table). */
  pushLines(lines: readonly string[]): void {
    this.endParagraph();
    if (lines.length > 0) this.paragraphs.push(lines.join('\n'));
  }
}

function walk(node: HtmlNode, writer: ParagraphWriter, skip: ReadonlySet<string>): void {
  if (node.nodeType === TEXT || node.nodeType === CDATA) {
    writer.write(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return; // comments etc.
  const tag = node.nodeName.toLowerCase();
  if (SKIPPED.has(tag) || skip.has(tag) || isHidden(node)) return;
  if (tag === 'br') return writer.endParagraph();
  if (tag === 'table') return writer.pushLines(tableLines(node, skip));
  const block = BLOCKS.has(tag);
  if (block) writer.endParagraph();
  for (const child of Array.from(node.childNodes)) walk(child, writer, skip);
  if (block) writer.endParagraph();
}

/** One line per row, cells joined by " | "; a cell's own paragraphs are flattened into one line. */
function tableLines(table: HtmlNode, skip: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  const caption = Array.from(table.childNodes).find((c) => c.nodeName.toLowerCase() === 'caption');
  if (caption) {
    const text = renderHtmlText(caption, { skip }).replace(/\s+/g, ' ');
    if (text !== '') lines.push(text);
  }
  for (const row of rowsOf(table)) {
    const cells = Array.from(row.childNodes)
      .filter((c) => c.nodeType === ELEMENT && /^t[dh]$/i.test(c.nodeName))
      .map((cell) => renderHtmlText(cell, { skip }).replace(/\s+/g, ' ').trim());
    if (cells.some((cell) => cell !== '')) lines.push(cells.join(' | '));
  }
  return lines;
}

/** Rows of this table (through thead/tbody/tfoot), not of tables nested in its cells. */
function rowsOf(node: HtmlNode): HtmlNode[] {
  const rows: HtmlNode[] = [];
  for (const child of Array.from(node.childNodes)) {
    const tag = child.nodeName.toLowerCase();
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') rows.push(...rowsOf(child));
  }
  return rows;
}

function isHidden(node: HtmlNode): boolean {
  if (!node.getAttribute) return false;
  if (node.getAttribute('hidden') !== null || node.getAttribute('aria-hidden') === 'true') return true;
  const style = node.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Collapses layout whitespace (not no-break spaces, which the author typed) and trims the ends. */
function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}
