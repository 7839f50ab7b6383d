/** `tally claims`: stored claims with the document each came from, optionally filtered. */
import type { DocumentId } from '../domain/document.js';
import type { ClaimFilter, Store, StoredClaim } from './ports.js';

export type ListClaimsInput = ClaimFilter;
export type ListClaimsDeps = { store: Store };

/** The document fields a reader needs beside a claim to know whose figure it is and where it came from. */
export type ClaimDocument = {
  id: DocumentId;
  source: string;
  title: string | null;
  siteName: string | null;
  byline: string | null;
  publishedAt: string | null;
  lang: string | null;
};

export type ListedClaim = { claim: StoredClaim; document: ClaimDocument };
export type ListClaimsOutput = { claims: ListedClaim[] };

export async function listClaims(input: ListClaimsInput, deps: ListClaimsDeps): Promise<ListClaimsOutput> {
  const [claims, documents] = await Promise.all([deps.store.listClaims(input), deps.store.listDocuments()]);
  const byId = new Map<string, ClaimDocument>(
    documents.map((d) => [
      d.id,
      { id: d.id, source: d.source, title: d.title, siteName: d.siteName, byline: d.byline, publishedAt: d.publishedAt, lang: d.lang },
    ]),
  );
  return {
    claims: claims.map((claim) => {
      const document = byId.get(claim.documentId);
      // The store joins claims to documents, so a claim without one is a broken database, not a user error.
      if (document === undefined) throw new Error(`claim ${claim.claimIndex} of ${claim.documentId} has no document`);
      return { claim, document };
    }),
  };
}
