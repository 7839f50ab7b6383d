/**
 * Turns a multipart upload into the files the ingest use case reads, one at a time as they arrive, and
 * its "url" fields into documents fetched by URL. The same formats and size limit as the CLI apply (the
 * use case checks them; the type comes from the content, not the name); a file over the limit is cut
 * off by the parser and reported as too large, never stored truncated.
 */
import type { FastifyRequest } from 'fastify';
import type { IncomingFile } from '../app/incoming-file.js';
import type { App } from '../compose.js';
import type { Actor } from '../domain/audit.js';
import { DomainError } from '../domain/errors.js';
import { toUploadResponse, type UploadResponse } from './api-responses.js';

/** At most this many files per request, so one request cannot hold the server indefinitely. */
export const MAX_FILES_PER_UPLOAD = 50;

/** `actor`: the signed-in user the documents are recorded as ingested by (audit log). */
export async function ingestUpload(request: FastifyRequest, app: App, actor: Actor): Promise<UploadResponse[]> {
  if (!request.isMultipart()) throw new DomainError('request.invalid', 'send the files as multipart/form-data in a field named "files"');
  const results: UploadResponse[] = [];
  for await (const result of app.ingestDocuments({ files: uploadedFiles(request, app), actor })) {
    results.push(toUploadResponse(result));
  }
  if (results.length === 0) throw new DomainError('request.invalid', 'no file was sent: choose at least one file or give a URL');
  return results;
}

/**
 * The request's files, and the documents named in its "url" fields (fetched by the server, which never
 * reaches non-public addresses: a form must not become a way into the server's own network).
 */
async function* uploadedFiles(request: FastifyRequest, app: App): AsyncGenerator<IncomingFile> {
  const maxBytes = app.config.maxBytes;
  let urls = 0;
  const limits = { fileSize: maxBytes, files: MAX_FILES_PER_UPLOAD, fields: MAX_FILES_PER_UPLOAD + 10 };
  // parts() honours throwFileSizeLimit as files() does; only its type leaves the option out.
  const options = { limits, throwFileSizeLimit: false } as Parameters<FastifyRequest['parts']>[0];
  for await (const part of request.parts(options)) {
    if (part.type === 'field') {
      if (part.fieldname !== 'url' || typeof part.value !== 'string') continue;
      for (const url of part.value.split(/\s+/).filter((u) => u !== '')) {
        if (++urls > MAX_FILES_PER_UPLOAD) throw new DomainError('request.invalid', `at most ${MAX_FILES_PER_UPLOAD} URLs per upload`);
        yield* app.urlFiles([url]);
      }
      continue;
    }
    if (part.filename === '') {
      part.file.resume(); // an empty file input sends a nameless part; drain it
      continue;
    }
    const bytes = await part.toBuffer();
    const truncated = part.file.truncated;
    yield {
      source: uploadName(part.filename),
      size: truncated ? null : bytes.length,
      read: async () => {
        if (truncated) throw new DomainError('document.too_large', `is over the ${maxBytes}-byte limit`);
        return new Uint8Array(bytes);
      },
    };
  }
}

/** The browser's file name without any directory or control characters; it tells text from Markdown. */
export function uploadName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(0, 200);
  return clean === '' ? 'upload' : clean;
}
