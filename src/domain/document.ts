import { z } from 'zod';

export const MediaType = z.enum(['text/plain', 'text/markdown', 'text/html', 'application/pdf']);
export type MediaType = z.infer<typeof MediaType>;

/** `sha256:<64 hex>`: a document is identified by the hash of the bytes it arrived as. */
export const DocumentId = z.string().regex(/^sha256:[0-9a-f]{64}$/);
export type DocumentId = z.infer<typeof DocumentId>;

/** What a reader of the original bytes found: main text plus page metadata when it had any. */
export const ExtractedText = z.object({
  text: z.string(),
  mediaType: MediaType,
  title: z.string().nullable(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type ExtractedText = z.infer<typeof ExtractedText>;

/**
 * A stored document. `lang` is the pack used to read it, null when no pack fits; `langDetected`
 * is what detection said (or the --lang given), kept even when we have no pack for it.
 */
export const Document = ExtractedText.extend({
  id: DocumentId,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  source: z.string(),
  byteLength: z.number().int().nonnegative(),
  lang: z.string().nullable(),
  langDetected: z.string().nullable(),
  ingestedAt: z.string(),
});
export type Document = z.infer<typeof Document>;
