// Reads title, byline, site name and publication date from an HTML page's <meta> tags, JSON-LD and <time>.
import { normalizeDate } from './normalize-date.js';

/** The DOM members we query; linkedom's document has them. */
export type HtmlQueryable = {
  querySelectorAll(selector: string): ArrayLike<{
    getAttribute(name: string): string | null;
    readonly textContent: string | null;
  }>;
};

export type HtmlMetadata = {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
};

/** <meta> names/properties that carry a publication date, most specific first. */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued',
  'dcterms.date', 'dcterms.issued', 'dcterms.created', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'parsely-pub-date', 'sailthru.date', 'citation_publication_date', 'citation_date',
];

/**
 * Metadata read from the untouched page (before Readability rewrites it). Dates are tried in this order:
 * JSON-LD `datePublished`, the date <meta> tags above, `<time datetime>` (one marked as the publication
 * date first); the first that reads as a date wins.
 */
export function readHtmlMetadata(doc: HtmlQueryable): HtmlMetadata {
  const meta = metaValues(doc);
  const linkedData = jsonLdObjects(doc);
  const firstMeta = (...keys: string[]): string | null =>
    keys.map((k) => meta.get(k)).find((v): v is string => v !== undefined && v.trim() !== '')?.trim() ?? null;

  const title = firstMeta('og:title', 'twitter:title') ?? text(doc.querySelectorAll('title')[0]?.textContent);
  const byline = firstMeta('author', 'article:author', 'dc.creator') ?? linkedDataAuthor(linkedData);
  const siteName = firstMeta('og:site_name', 'application-name') ?? linkedDataPublisher(linkedData);

  const times = Array.from(doc.querySelectorAll('time[datetime]'));
  const markedTimes = times.filter((t) => t.getAttribute('pubdate') !== null || t.getAttribute('itemprop') === 'datePublished');
  const dateCandidates = [
    ...linkedData.map((o) => (typeof o['datePublished'] === 'string' ? o['datePublished'] : null)),
    ...DATE_META.map((key) => meta.get(key) ?? null),
    ...[...markedTimes, ...times].map((t) => t.getAttribute('datetime')),
  ];
  const publishedAt = dateCandidates.map((c) => normalizeDate(c)).find((d) => d !== null) ?? null;

  return { title, byline, siteName, publishedAt };
}

/** `<meta name|property|itemprop=K content=V>` as a map from lower-cased K to the first V seen. */
function metaValues(doc: HtmlQueryable): Map<string, string> {
  const values = new Map<string, string>();
  for (const element of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
    const content = element.getAttribute('content');
    if (key && content !== null && !values.has(key.toLowerCase())) values.set(key.toLowerCase(), content);
  }
  return values;
}

type LinkedDataObject = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks, flattening arrays and `@graph`; malformed blocks are skipped. */
function jsonLdObjects(doc: HtmlQueryable): LinkedDataObject[] {
  const objects: LinkedDataObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      objects.push(value as LinkedDataObject);
      const graph = (value as LinkedDataObject)['@graph'];
      if (graph !== undefined) visit(graph);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? '')); // parsed as data, never run
    } catch {
      // Broken JSON-LD is common and says nothing about the article: ignore it.
    }
  }
  return objects;
}

function linkedDataAuthor(objects: readonly LinkedDataObject[]): string | null {
  for (const o of objects) {
    const authors = [o['author']].flat();
    const names = authors
      .map((a) => (typeof a === 'string' ? a : a !== null && typeof a === 'object' ? (a as LinkedDataObject)['name'] : null))
      .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
      .map((n) => n.trim());
    if (names.length > 0) return names.join(', ');
  }
  return null;
}

function linkedDataPublisher(objects: readonly LinkedDataObject[]): string | null {
  for (const o of objects) {
    const publisher = o['publisher'];
    const name = publisher !== null && typeof publisher === 'object' ? (publisher as LinkedDataObject)['name'] : null;
    if (typeof name === 'string' && name.trim() !== '') return name.trim();
  }
  return null;
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}
