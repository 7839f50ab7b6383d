/**
 * Full-text search over stored documents and claims, with filters. Matching ignores case and accents
 * ("Matanza" finds "matanza", "heridos" finds "HERIDOS", "Bogota" finds "Bogotá") and every word of the
 * query must start a word of the text, so "desplaz" finds "desplazados" in any supported language.
 * A store with a full-text index (SQLite FTS5, which also stems English) decides what matches and in
 * which order; on a store without one, the words are looked for here, in ingest order. Either way the
 * passage shown is cut here, around the first place a query word (or its stem) starts a word.
 */
import type { Measure } from '../domain/measure.js';
import type { Document } from '../domain/document.js';
import type { Store, StoredClaim, TextSearchStore } from './ports.js';

export type SearchInput = {
  q: string;
  measure?: Measure;
  lang?: string;
  claimant?: string;
  /** Inclusive ISO dates (YYYY-MM-DD) on the document's publication date. */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
};
export type SearchDeps = { store: Store & Partial<TextSearchStore> };

/** The words around a match, split so a page can mark the match without parsing anything. */
export type Passage = { before: string; match: string; after: string };
export type DocumentHit = { document: Omit<Document, 'text'>; passage: Passage };
export type ClaimHit = { claim: StoredClaim; document: Omit<Document, 'text'>; passage: Passage };
export type SearchOutput = {
  documents: DocumentHit[];
  claims: ClaimHit[];
  totalDocuments: number;
  totalClaims: number;
};

const CONTEXT = 90;

export async function searchTexts(input: SearchInput, deps: SearchDeps): Promise<SearchOutput> {
  const terms = fold(input.q).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
  const [documents, claims] = await Promise.all([
    deps.store.listDocuments(),
    deps.store.listClaims({ ...(input.measure ? { measure: input.measure } : {}), ...(input.lang ? { lang: input.lang } : {}) }),
  ]);
  const claimant = input.claimant ? fold(input.claimant.trim()) : null;
  const keptClaims = claims.filter((c) => claimant === null || (c.claimant !== null && fold(c.claimant).includes(claimant)));
  const withClaims = new Set(keptClaims.map((c) => c.documentId));
  const filtersClaims = Boolean(input.measure || claimant);
  const keptDocuments = documents.filter(
    (d) =>
      (!input.lang || d.lang === input.lang) &&
      (!filtersClaims || withClaims.has(d.id)) &&
      inDateRange(d.publishedAt, input.from, input.to),
  );
  const byId = new Map(keptDocuments.map((d) => [d.id, d]));

  const ranks = deps.store.searchTexts ? rankMatches(await deps.store.searchTexts(terms)) : null;
  const matches = (key: string, text: string) => (ranks === null ? findTerms(text, terms) !== null : ranks.has(key));
  const byRank = <T>(hits: Array<T & { key: string }>) => (ranks === null ? hits : hits.sort((a, b) => ranks.get(a.key)! - ranks.get(b.key)!));

  const documentHits = byRank(
    keptDocuments
      .filter((document) => matches(document.id, `${document.title ?? ''}\n${document.text}`))
      .map((document) => ({ key: document.id, document: withoutText(document), passage: passageAt(document.text, locate(document.text, terms)) })),
  );
  const claimHits = byRank(
    keptClaims.flatMap((claim) => {
      const document = byId.get(claim.documentId);
      const key = `${claim.documentId}#${claim.claimIndex}`;
      if (document === undefined || !matches(key, `${claim.quote}\n${claim.claimant ?? ''}`)) return [];
      return [{ key, claim, document: withoutText(document), passage: passageAt(claim.quote, locate(claim.quote, terms)) }];
    }),
  );
  const page = <T>(hits: T[]) => hits.slice(input.offset, input.offset + input.limit);
  return {
    documents: page(documentHits).map(({ key: _key, ...hit }): DocumentHit => hit),
    claims: page(claimHits).map(({ key: _key, ...hit }): ClaimHit => hit),
    totalDocuments: documentHits.length,
    totalClaims: claimHits.length,
  };
}

/**
 * Lower case without accents, one UTF-16 unit for one, so an offset in the folded text is the same
 * offset in the original and a passage can be cut from the original.
 */
export function fold(text: string): string {
  let out = '';
  for (const unit of text) {
    const folded = unit.normalize('NFD').charAt(0).toLowerCase();
    out += folded.length === unit.length ? folded : unit;
  }
  return out;
}

/** Where the first term starts a word, provided every other term starts a word somewhere too. */
function findTerms(text: string, terms: readonly string[]): { start: number; end: number } | null {
  if (terms.length === 0) return null;
  const folded = fold(text);
  let first: { start: number; end: number } | null = null;
  for (const term of terms) {
    const at = findWordStart(folded, term);
    if (at < 0) return null;
    first ??= { start: at, end: at + term.length };
  }
  return first;
}

/** Where the passage should centre: the first query word (or stem) found in the text. */
function locate(text: string, terms: readonly string[]): { start: number; end: number } | null {
  const folded = fold(text);
  for (const term of terms) {
    const at = findWordStart(folded, term, true);
    if (at >= 0) {
      let end = at;
      while (end < folded.length && /[\p{L}\p{N}]/u.test(folded.charAt(end))) end++;
      return { start: at, end: Math.max(end, at + 1) };
    }
  }
  return null;
}

/** Where `term` starts a word; failing that, where its longest stem of 4+ letters does ("killings" → "kill"). */
function findWordStart(folded: string, term: string, stems = false): number {
  for (let length = term.length; length >= (stems ? Math.min(4, term.length) : term.length); length--) {
    const part = term.slice(0, length);
    for (let at = folded.indexOf(part); at >= 0; at = folded.indexOf(part, at + 1)) {
      if (at === 0 || !/[\p{L}\p{N}]/u.test(folded.charAt(at - 1))) return at;
    }
  }
  return -1;
}

function rankMatches(matches: ReadonlyArray<{ documentId: string; claimIndex: number | null }>): Map<string, number> {
  const ranks = new Map<string, number>();
  matches.forEach((m, rank) => ranks.set(m.claimIndex === null ? m.documentId : `${m.documentId}#${m.claimIndex}`, rank));
  return ranks;
}

function passageAt(text: string, found: { start: number; end: number } | null): Passage {
  // The index may have matched a stem the text spells differently: show where the stem is, else the start.
  const at = found ?? { start: 0, end: 0 };
  if (at.end === 0) return { before: '', match: '', after: text.slice(0, 2 * CONTEXT).replace(/\s+/g, ' ') + (text.length > 2 * CONTEXT ? '…' : '') };
  const from = Math.max(0, at.start - CONTEXT);
  const to = Math.min(text.length, at.end + CONTEXT);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, at.start).replace(/\s+/g, ' '),
    match: text.slice(at.start, at.end),
    after: text.slice(at.end, to).replace(/\s+/g, ' ') + (to < text.length ? '…' : ''),
  };
}

function inDateRange(publishedAt: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (publishedAt === null) return false;
  const day = publishedAt.slice(0, 10);
  return (!from || day >= from) && (!to || day <= to);
}

function withoutText(document: Document): Omit<Document, 'text'> {
  const { text: _text, ...rest } = document;
  return rest;
}
