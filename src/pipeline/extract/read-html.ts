// Reads an HTML page: main text via Readability (over linkedom, which never runs scripts) plus page metadata.
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import type { ExtractedText } from '../../domain/document.js';
import { readHtmlMetadata, type HtmlQueryable } from './read-html-metadata.js';
import { normalizeDate } from './normalize-date.js';
import { renderHtmlText, type HtmlNode } from './render-html-text.js';

type HtmlDocument = HtmlQueryable & { readonly documentElement: HtmlNode | null };

/** Site navigation menus are never article text, whether Readability kept one or we read the whole body. */
const NOT_TEXT = new Set(['nav']);

/** Main text and metadata of a page; `text` is empty when the page has no readable text at all. */
export function readHtml(html: string): ExtractedText {
  const page = parse(html);
  const metadata = readHtmlMetadata(page); // before Readability, which rewrites the document it is given
  const article = readArticle(page);
  const text = article?.text || bodyText(parse(html));
  return {
    text,
    mediaType: 'text/html',
    title: clean(article?.title) ?? metadata.title,
    byline: clean(article?.byline) ?? metadata.byline,
    siteName: clean(article?.siteName) ?? metadata.siteName,
    publishedAt: metadata.publishedAt ?? normalizeDate(article?.publishedTime),
  };
}

function parse(html: string): HtmlDocument {
  // linkedom, unlike a browser, builds no <html> element around a fragment (and then fails on it): add one.
  const markup = /<html[\s>]/i.test(html) ? html : `<html><body>${html.replace(/^\s*<!doctype[^>]*>/i, '')}</body></html>`;
  // linkedom's types describe the browser DOM we do not compile against; this is the one cast at the boundary.
  return new DOMParser().parseFromString(markup, 'text/html') as unknown as HtmlDocument;
}

type Article = { text: string; title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null };

function readArticle(page: HtmlDocument): Article | null {
  try {
    const result = new Readability<HtmlNode>(page as never, { serializer: (node) => node as unknown as HtmlNode }).parse();
    if (!result?.content) return null;
    return { ...result, text: renderHtmlText(result.content, { skip: NOT_TEXT }) };
  } catch {
    return null; // Readability gives up on odd markup by throwing; the body fallback still reads the page
  }
}

/** The whole page's visible text; from the root, since linkedom leaves content outside a missing <body>. */
function bodyText(page: HtmlDocument): string {
  return page.documentElement ? renderHtmlText(page.documentElement, { skip: NOT_TEXT }) : '';
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}
