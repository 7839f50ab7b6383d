/**
 * `tally extract`: read and extract documents without a database. Yields one result per file as soon
 * as that file is done, so output streams and one bad file never stops the others.
 */
import type { Claim, Figures } from '../domain/claim.js';
import type { DocumentId } from '../domain/document.js';
import type { ErrorCode } from '../domain/errors.js';
import { describeFailure, extractDocument, readIncomingFile, type ExtractDocumentInput, type ExtractDocumentOutput } from './extract-document.js';
import type { IncomingFile } from './incoming-file.js';
import { toClaimOutput, type ClaimOutput } from './to-claim-output.js';

export type ExtractDocumentsInput = {
  files: AsyncIterable<IncomingFile> | Iterable<IncomingFile>;
  /** Read every document as this language instead of detecting it. */
  lang?: string | null;
};

export type ExtractDocumentsDeps = {
  maxBytes: number;
  /** Extraction under limits (a worker pool); in this thread when absent. */
  extract?: (input: ExtractDocumentInput) => Promise<ExtractDocumentOutput>;
};

/** One line of `tally extract --json`, exactly as the CLI contract gives it. */
export type ExtractLine = {
  source: string;
  document: { id: DocumentId; lang: string | null; title: string | null };
  claims: ClaimOutput[];
  figures: Figures;
};

export type ExtractResult =
  | {
      status: 'extracted';
      source: string;
      line: ExtractLine;
      /** The claims with their evidence spans, for displays that point at the number. */
      claims: Claim[];
      notice: string | null;
    }
  | { status: 'failed'; source: string; error: { code: ErrorCode; message: string; cause?: unknown } };

export type ExtractDocumentsOutput = AsyncGenerator<ExtractResult, void, undefined>;

export async function* extractDocuments(
  input: ExtractDocumentsInput,
  deps: ExtractDocumentsDeps,
): ExtractDocumentsOutput {
  for await (const file of input.files) {
    try {
      const bytes = await readIncomingFile(file, deps.maxBytes);
      const request: ExtractDocumentInput = { source: file.source, bytes, lang: input.lang ?? null };
      const { document, claims, figures, notice } = await (deps.extract ?? ((i) => extractDocument(i, deps)))(request);
      const line: ExtractLine = {
        source: file.source,
        document: { id: document.id, lang: document.lang, title: document.title },
        claims: claims.map(toClaimOutput),
        figures,
      };
      yield { status: 'extracted', source: file.source, line, claims, notice };
    } catch (error) {
      const failure = describeFailure(error);
      yield { status: 'failed', source: file.source, error: { code: failure.code, message: failure.message, cause: failure.cause } };
    }
  }
}
