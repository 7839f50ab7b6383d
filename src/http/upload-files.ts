/**
 * Turns a multipart upload into the files the ingest use case reads, one at a time as they arrive.
 * The same formats and size limit as the CLI apply (the use case checks them); a file over the limit
 * is cut off by the parser and reported as too large, never stored truncated.
 */
import type { FastifyRequest } from 'fastify';
import type { IncomingFile } from '../app/incoming-file.js';
import type { App } from '../compose.js';
import { DomainError } from '../domain/errors.js';
import { toUploadResponse, type UploadResponse } from './api-responses.js';

/** At most this many files per request, so one request cannot hold the server indefinitely. */
export const MAX_FILES_PER_UPLOAD = 50;

export async function ingestUpload(request: FastifyRequest, app: App): Promise<UploadResponse[]> {
  if (!request.isMultipart()) throw new DomainError('request.invalid', 'send the files as multipart/form-data in a field named "files"');
  const results: UploadResponse[] = [];
  for await (const result of app.ingestDocuments({ files: uploadedFiles(request, app.config.maxBytes) })) {
    results.push(toUploadResponse(result));
  }
  if (results.length === 0) throw new DomainError('request.invalid', 'no file was sent: choose at least one file');
  return results;
}

async function* uploadedFiles(request: FastifyRequest, maxBytes: number): AsyncGenerator<IncomingFile> {
  for await (const part of request.files({ limits: { fileSize: maxBytes, files: MAX_FILES_PER_UPLOAD }, throwFileSizeLimit: false })) {
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

/** The browser's file name without any directory or control characters; its extension picks the reader. */
export function uploadName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(0, 200);
  return clean === '' ? 'upload' : clean;
}
