import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractDocuments, type ExtractResult } from './extract-documents.js';
import type { IncomingFile } from './incoming-file.js';

const textFile = (source: string, text: string): IncomingFile => ({
  source,
  size: null,
  read: async () => new TextEncoder().encode(text),
});

async function extract(files: IncomingFile[]): Promise<ExtractResult[]> {
  const results: ExtractResult[] = [];
  for await (const result of extractDocuments({ files }, { maxBytes: 1_000_000 })) results.push(result);
  return results;
}

describe('extractDocuments', () => {
  it('gives the contract line: claim fields in order, without internal evidence', async () => {
    const [result] = await extract([
      textFile('a.txt', 'Según la Defensoría, al menos 23 personas murieron en el incendio del mercado de Kelvar.'),
    ]);
    assert.equal(result?.status, 'extracted');
    const { line } = result;
    assert.equal(line.document.lang, 'es');
    const [claim] = line.claims;
    assert.deepEqual(Object.keys(claim!), [
      'measure', 'low', 'high', 'approximate', 'modality', 'subject', 'unit', 'group', 'claimant', 'partOf',
      'quote', 'start', 'end', 'date', 'place', 'ruleIds',
    ]);
    assert.deepEqual([claim!.measure, claim!.low, claim!.high], ['killed', 23, null]);
    assert.ok(result.claims[0]!.evidence, 'the full claims keep their evidence for displays');
  });

  it('yields a failure for a bad file and still extracts the files after it', async () => {
    const results = await extract([textFile('empty.md', '   \n'), textFile('b.txt', 'At least 37 people were killed in the flood.')]);
    assert.deepEqual(results.map((r) => r.status), ['failed', 'extracted']);
    assert.equal(results[0]!.status === 'failed' && results[0]!.error.code, 'document.empty');
  });
});
