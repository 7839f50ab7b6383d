/**
 * Reads the Gun Violence Database development split (`gvdb-dev/dev.tsv`) into documents with a
 * document-level gold count of people killed and injured.
 *
 * The file has one article per line and six tab-separated columns (id, url, title, full text, json,
 * worker). It uses no quoting at all: no field contains a tab, a newline or a leading quote, so a
 * plain split is exact, and any line that does not split into six fields is an error, not a guess.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export type GvdbGold = { killed: number; injured: number };
/** What the annotation says beyond the counts, for the error analysis: victims with no outcome, shooters. */
export type GvdbNotes = { unlabelled: number; shooters: number };
export type GvdbDocument = { id: string; title: string; text: string; gold: GvdbGold; notes: GvdbNotes };

const HEADER = ['Article id', 'Article url', 'Article title', 'Full text', 'Json', 'Worker'];

// Only the part of the annotation we score; the rest of the JSON (shooter, circumstances...) is ignored.
const Annotation = z.object({
  'victim-section': z
    .array(z.object({ 'victim-was': z.array(z.string()).default([]) }))
    .default([]),
  'shooter-section': z.array(z.unknown()).default([]),
});

/**
 * The README's rule: killed = victims whose `victim-was` contains `killed`; injured = victims
 * injured or hospitalized but not killed. A victim with an empty `victim-was` counts in neither.
 */
export function goldFromAnnotation(json: unknown): GvdbGold {
  const victims = Annotation.parse(json)['victim-section'];
  let killed = 0;
  let injured = 0;
  for (const victim of victims) {
    const was = victim['victim-was'];
    if (was.includes('killed')) killed += 1;
    else if (was.includes('injured') || was.includes('hospitalized')) injured += 1;
  }
  return { killed, injured };
}

/** Victims listed with no outcome and shooters listed: evidence that the gold may leave a death out. */
export function notesFromAnnotation(json: unknown): GvdbNotes {
  const annotation = Annotation.parse(json);
  return {
    unlabelled: annotation['victim-section'].filter((v) => v['victim-was'].length === 0).length,
    shooters: annotation['shooter-section'].length,
  };
}

/**
 * The corpus's full text starts with the title glued to the first sentence (no separator). We give
 * the extractor the title as its own paragraph, `title + "\n\n" + body`, and drop the glued copy so
 * a headline figure is not read twice.
 */
export function documentText(title: string, fullText: string): string {
  const body = title.length > 0 && fullText.startsWith(title) ? fullText.slice(title.length) : fullText;
  return title.length > 0 ? `${title}\n\n${body.trimStart()}` : body;
}

export function parseGvdbTsv(content: string): GvdbDocument[] {
  const lines = content.split('\n').filter((line) => line.length > 0);
  const header = lines.shift()?.replace(/\r$/, '').split('\t');
  if (header === undefined || header.join('\t') !== HEADER.join('\t')) {
    throw new Error(`gvdb: unexpected header ${JSON.stringify(header)}`);
  }
  return lines.map((raw, index) => {
    const fields = raw.replace(/\r$/, '').split('\t');
    const [id, , title, fullText, json] = fields;
    if (fields.length !== HEADER.length || id === undefined || title === undefined
      || fullText === undefined || json === undefined) {
      throw new Error(`gvdb: line ${index + 2} has ${fields.length} fields, expected ${HEADER.length}`);
    }
    const annotation: unknown = JSON.parse(json);
    return { id, title, text: documentText(title, fullText), gold: goldFromAnnotation(annotation), notes: notesFromAnnotation(annotation) };
  });
}

export function loadGvdb(path: string): GvdbDocument[] {
  return parseGvdbTsv(readFileSync(path, 'utf8'));
}
