/**
 * A document given by URL (`tally ingest --url`, the upload form's URL field) as an IncomingFile: it
 * is fetched when ingest reads it, through the UrlFetcher port and its limits, and keeps the URL as
 * its source. The server's Content-Type travels along as a hint; the content still decides the type.
 */
import type { IncomingFile } from './incoming-file.js';
import type { UrlFetcher } from './ports.js';

export function incomingUrl(url: string, fetchUrl: UrlFetcher): IncomingFile {
  const file: IncomingFile = {
    source: url.trim(),
    size: null, // unknown until fetched; the fetcher stops a body at the limit while it streams
    read: async () => {
      const fetched = await fetchUrl(url.trim());
      // Ingest reads `declared` after read(), so the hint is known by then.
      file.declared = fetched.declared;
      return fetched.bytes;
    },
  };
  return file;
}
