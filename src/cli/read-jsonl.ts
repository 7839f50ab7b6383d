/**
 * `ingest --jsonl FILE`: one document per line, `{"text", "title"?, "publishedAt"?, "source"?, "lang"?}`,
 * streamed line by line (a feed dump of any size is never loaded whole). A line that is not such an
 * object becomes a failing file, reported with its line number, and the other lines go on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { IncomingFile } from '../app/incoming-file.js';
import { DomainError } from '../domain/errors.js';

const JsonlDocument = z.object({
  text: z.string().min(1),
  title: z.string().nullish(),
  publishedAt: z.string().nullish(),
  source: z.string().min(1).nullish(),
  lang: z.string().min(2).max(3).nullish(),
});

export type JsonlProgress = { bytesRead: number; totalBytes: number | null };

/** The lines of `path` as incoming documents; `progress` is updated as bytes are consumed. */
export async function* readJsonl(path: string, progress?: JsonlProgress): AsyncGenerator<IncomingFile> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  try {
    await opened;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    yield failing(path, new DomainError(reason === 'does not exist' ? 'document.not_found' : 'document.unreadable', reason));
    return;
  }
  let lineNumber = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber++;
    if (progress) progress.bytesRead += Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue;
    yield toIncoming(`${path}:${lineNumber}`, line);
  }
}

function toIncoming(at: string, line: string): IncomingFile {
  let parsed: z.infer<typeof JsonlDocument>;
  try {
    parsed = JsonlDocument.parse(JSON.parse(line));
  } catch {
    return failing(at, new DomainError('document.invalid_line', 'is not a JSON object with a non-empty "text" string'));
  }
  const bytes = new TextEncoder().encode(parsed.text);
  return {
    source: parsed.source ?? at,
    size: bytes.byteLength,
    read: async () => bytes,
    metadata: {
      plainText: { title: parsed.title ?? null, publishedAt: parsed.publishedAt ?? null },
      ...(parsed.lang ? { lang: parsed.lang } : {}),
    },
  };
}

function failing(source: string, error: DomainError): IncomingFile {
  return { source, size: null, read: () => Promise.reject(error) };
}
