// Rebuilds paragraphs from a PDF's positioned lines: undoes hard wrapping and end-of-line hyphenation.

/** One visual line of a page, in PDF user space (y grows upwards). */
export type PdfLine = { page: number; text: string; x: number; y: number; right: number; fontSize: number };

/** A vertical gap this many times the page's usual line spacing is a blank line: a paragraph break. */
const GAP_RATIO = 1.5;
/** A line ending a sentence that is shorter than this share of a full line ends its paragraph. */
const SENTENCE_END_WIDTH = 0.85;
/** A line shorter than this share of a full line, followed by one starting a new sentence, ends its paragraph. */
const SHORT_LINE_WIDTH = 0.6;
/** Usual leading as a multiple of the font size, assumed when a page has too few lines to measure it. */
const SINGLE_SPACING = 1.25;
/** Font sizes this far apart (relative) mean a heading meets body text. */
const FONT_CHANGE = 0.15;

const SENTENCE_END = /[.!?:…]["'”’»)\]]*$/u;
const STARTS_SENTENCE = /^["'“‘«¿¡([]*[\p{Lu}\p{N}]/u;
const BULLET = /^[•·▪◦‣●■□○–—]\s/u;
/** A table row with dot leaders: "Personas desaparecidas .......... 87". Each row stays a line. */
const LEADER_ROW = /(\.{4,}|…{2,}|\s{3,})\s*[\d.,\s]+$/u;
const HYPHEN_END = /(\p{L}+)[-\u2010\u00ad]$/u;

/**
 * Words that commonly end in a hyphen inside a real compound ("well-known", "so-called", "forty-two",
 * "ex-presidente"): when a line ends with one of them, the hyphen is kept. Conservative on purpose: joining
 * a real compound ("wellknown") loses less than splitting a word, but both are avoidable here.
 */
const COMPOUND_FIRST_PARTS = new Set([
  'well', 'self', 'ex', 'non', 'anti', 'co', 'so', 'pro', 'post', 'pre', 'semi', 'cross', 'half', 'long',
  'short', 'high', 'low', 'full', 'part', 'far', 'near', 'all', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'year', 'mid', 'multi', 'vice', 'cease', 'e', 'franco', 'afro', 'greco', 'ítalo', 'hispano', 'luso',
  'sino', 'euro', 'político', 'económico', 'social', 'teórico', 'físico',
]);

/** Paragraphs separated by "\n\n"; the lines of one paragraph are joined by single spaces. */
export function rejoinPdfLines(lines: readonly PdfLine[]): string {
  const usable = lines.filter((l) => l.text.trim() !== '');
  if (usable.length === 0) return '';
  const spacing = typicalSpacing(usable);
  const fullWidth = typicalFullWidth(usable);

  const paragraphs: string[] = [];
  let current = usable[0]!.text.trim();
  for (let i = 1; i < usable.length; i++) {
    const previous = usable[i - 1]!;
    const line = usable[i]!;
    const text = line.text.trim();
    if (endsParagraph(previous, line, { spacing, fullWidth })) {
      paragraphs.push(current);
      current = text;
    } else {
      current = joinWrapped(current, text);
    }
  }
  paragraphs.push(current);
  return paragraphs.join('\n\n');
}

function endsParagraph(previous: PdfLine, line: PdfLine, page: { spacing: number; fullWidth: number }): boolean {
  const prevText = previous.text.trim();
  const text = line.text.trim();
  const width = (previous.right - previous.x) / page.fullWidth;
  if (BULLET.test(text) || LEADER_ROW.test(prevText) || LEADER_ROW.test(text)) return true;
  if (Math.abs(previous.fontSize - line.fontSize) > FONT_CHANGE * Math.max(previous.fontSize, line.fontSize)) return true;
  if (line.page !== previous.page) {
    // A paragraph often runs on to the next page; only a finished sentence ends it there.
    return SENTENCE_END.test(prevText) && width < SENTENCE_END_WIDTH;
  }
  const gap = previous.y - line.y;
  if (gap > GAP_RATIO * page.spacing) return true;
  if (SENTENCE_END.test(prevText) && width < SENTENCE_END_WIDTH) return true;
  // A line ending in a hyphen is mid-word or mid-compound however short it is.
  return width < SHORT_LINE_WIDTH && STARTS_SENTENCE.test(text) && !HYPHEN_END.test(prevText);
}

/** Joins a wrapped line to its paragraph, mending a word the typesetter broke with a hyphen. */
function joinWrapped(paragraph: string, next: string): string {
  const hyphenated = HYPHEN_END.exec(paragraph);
  if (hyphenated) {
    const hyphen = paragraph.at(-1);
    const stem = hyphenated[1]!;
    // A soft hyphen is by definition a break; a hard one only when the word goes on in lower case.
    if (hyphen === '\u00ad') return paragraph.slice(0, -1) + next;
    if (/^\p{Ll}/u.test(next) && !COMPOUND_FIRST_PARTS.has(stem.toLowerCase())) return paragraph.slice(0, -1) + next;
    return paragraph + next; // a real compound ("well-known", "Al-Qaeda"): keep the hyphen, no space
  }
  if (/[-\u2010]$/.test(paragraph) && /^\p{L}/u.test(next)) return paragraph + next; // "12-\nyear-old"
  return `${paragraph} ${next}`;
}

/**
 * The body text's leading: a low percentile of the distances between consecutive lines, since lines inside a
 * paragraph are the closest and a page of one-line paragraphs would push a median up to the paragraph gap.
 */
function typicalSpacing(lines: readonly PdfLine[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (lines[i]!.page === lines[i - 1]!.page && gap > 0) gaps.push(gap);
  }
  const singleSpaced = SINGLE_SPACING * percentile(lines.map((l) => l.fontSize), 0.5);
  if (gaps.length === 0) return singleSpaced;
  const measured = percentile(gaps, 0.25);
  // Two or three gaps are too few to tell a line from a paragraph gap: assume single spacing unless tighter.
  return gaps.length < 4 ? Math.min(measured, singleSpaced) : measured;
}

/** How wide a full (wrapped, not paragraph-final) line is: a high percentile, robust to a few long lines. */
function typicalFullWidth(lines: readonly PdfLine[]): number {
  const width = percentile(lines.map((l) => l.right - l.x), 0.9);
  return width > 0 ? width : 1;
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(share * (sorted.length - 1))]!;
}
