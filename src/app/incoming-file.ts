import type { MediaType } from '../domain/document.js';

/**
 * A file handed to a use case by an edge (the CLI walks the disk; a later HTTP upload would wrap a
 * request body). Reading is deferred so a run holds one file's bytes at a time.
 */
export type IncomingFile = {
  /** The path as the user gave it (or as found under a directory they gave); reported and stored. */
  source: string;
  /** Size in bytes when known before reading, so an oversized file is refused without loading it. */
  size: number | null;
  /** The bytes exactly as received. Throws a DomainError when the file cannot be read. */
  read(): Promise<Uint8Array>;
  /** A document that arrived as text with metadata (a line of `ingest --jsonl`), read as plain text. */
  /** The type the sender declared (a fetched URL's Content-Type): a hint, the content still decides. */
  declared?: MediaType | null;
  metadata?: { plainText: { title: string | null; publishedAt: string | null }; lang?: string | null };
};
