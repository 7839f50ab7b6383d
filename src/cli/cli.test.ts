// The `tally` command as users and other tools run it: bin/tally in a child process, on fictional
// fixtures (test/fixtures/cli/), against a temporary database.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { openApp } from '../compose.js';
import { loadConfig } from '../config.js';
import { newContext } from './cli-context.js';
import { main } from './main.js';
import { makePdf } from '../../test/support/make-pdf.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'tally');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');

const CLAIM_FIELDS = [
  'measure', 'low', 'high', 'approximate', 'modality', 'subject', 'unit', 'group', 'claimant', 'partOf',
  'quote', 'start', 'end', 'date', 'place', 'ruleIds',
];

type Run = { code: number; stdout: string; stderr: string };

/** Runs bin/tally from a directory that is not the package root, as a user on their own files would. */
function tally(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      // No TALLY_* variable of the developer's shell leaks in.
      { cwd: options.cwd, env: { PATH: process.env['PATH'] ?? '', ...options.env }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}

function stderrLines(run: Run): string[] {
  return run.stderr.split('\n').filter((line) => line.startsWith('tally: '));
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\r')) {
      field += c;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else {
      assert.equal(text[i + 1], '\n', 'a bare CR outside quotes');
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    }
  }
  assert.equal(quoted, false, 'CSV ends inside a quoted field');
  assert.equal(field + record.join(''), '', 'CSV does not end with CRLF');
  return records;
}

const work = mkdtempSync(join(tmpdir(), 'tally-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The fixture set in a scratch folder: the text fixtures plus a Spanish PDF made for the test. */
const docs = join(work, 'docs');
const FILES = {
  enTxt: 'harbor-flood-bulletin.txt',
  esMd: 'incendio-kelvar.md',
  enHtml: 'ridge-clashes.html',
  esPdf: 'boletin-derrumbe.pdf',
  frTxt: 'rapport-inondations.txt',
};
before(() => {
  mkdirSync(docs);
  for (const name of [FILES.enTxt, FILES.esMd, FILES.enHtml, FILES.frTxt]) copyFileSync(join(FIXTURES, name), join(docs, name));
  const pdf = makePdf(
    [
      [
        'Boletín n.º 2 de la Oficina de Emergencias de Morvania',
        '',
        'Lunes 9 de junio de 2025. La cifra de fallecidos por el derrumbe en la mina',
        'de Osterby asciende a 17, entre ellos 3 menores de edad. Otras 26 personas',
        'resultaron heridas y 4 mineros siguen desaparecidos.',
      ],
    ],
    { title: 'Boletín n.º 2: derrumbe en la mina de Osterby' },
  );
  writeFileSync(join(docs, FILES.esPdf), pdf);
});

const sha256 = (path: string): string => `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;

describe('tally extract --json', () => {
  const supported = [
    { file: FILES.enTxt, lang: 'en' },
    { file: FILES.esMd, lang: 'es' },
    { file: FILES.enHtml, lang: 'en' },
    { file: FILES.esPdf, lang: 'es' },
  ];

  it('prints one contract line per document, in the order given, with no database', async () => {
    const run = await tally(['extract', '--json', ...supported.map((s) => `docs/${s.file}`)], { cwd: work });
    assert.equal(run.code, 0, run.stderr);
    const lines = jsonLines(run.stdout);
    assert.deepEqual(lines.map((l) => l['source']), supported.map((s) => `docs/${s.file}`));
    for (const [i, line] of lines.entries()) {
      const { file, lang } = supported[i]!;
      assert.deepEqual(Object.keys(line), ['source', 'document', 'claims', 'figures']);
      const document = line['document'] as Record<string, unknown>;
      assert.deepEqual(Object.keys(document), ['id', 'lang', 'title']);
      assert.equal(document['id'], sha256(join(docs, file)), 'the id is the SHA-256 of the bytes');
      assert.equal(document['lang'], lang);
      const claims = line['claims'] as Record<string, unknown>[];
      assert.ok(claims.length > 0, `${file} has claims`);
      for (const claim of claims) {
        assert.deepEqual(Object.keys(claim), CLAIM_FIELDS, 'exactly the contract fields, in order');
        for (const bound of ['low', 'high'] as const) {
          assert.ok(claim[bound] === null || Number.isInteger(claim[bound]), `${bound} is an integer or null`);
        }
        assert.equal(typeof claim['approximate'], 'boolean');
        assert.equal(typeof claim['quote'], 'string');
        assert.ok(Number.isInteger(claim['start']) && Number.isInteger(claim['end']));
        assert.ok(claim['partOf'] === null || (claim['partOf'] as number) < claims.length);
        for (const field of ['subject', 'group', 'claimant', 'date', 'place']) {
          assert.ok(claim[field] === null || typeof claim[field] === 'string', `${field} is a string or null`);
        }
        assert.ok(Array.isArray(claim['ruleIds']) && (claim['ruleIds'] as unknown[]).length > 0);
      }
      const figures = line['figures'] as Record<string, { low: unknown; high: unknown }>;
      assert.ok(Object.keys(figures).length > 0);
    }
    assert.equal(run.stdout.includes('database'), false);
  });

  it('reads a subgroup as part of its figure and keeps the claimant (Spanish)', async () => {
    const run = await tally(['extract', '--json', `docs/${FILES.esMd}`], { cwd: work });
    const [line] = jsonLines(run.stdout);
    const claims = line!['claims'] as Record<string, unknown>[];
    const children = claims.find((c) => c['subject'] === 'children');
    assert.ok(children, 'the 9 children are a claim');
    assert.equal(children['low'], 9);
    assert.equal(claims[children['partOf'] as number]!['low'], 41, 'part of the 41 injured');
    assert.equal(claims.find((c) => c['measure'] === 'killed')!['claimant'], 'Defensoría Civil de Morvania');
  });
});

/** What a database holds, read in-process through the composition root (fewer slow child processes). */
async function stored(db: string): Promise<{ documents: { source: string; lang: string | null; langDetected: string | null }[]; claims: number }> {
  const app = await openApp(loadConfig({}, { db }));
  try {
    const { documents } = await app.listDocuments();
    return { documents, claims: (await app.listClaims()).claims.length };
  } finally {
    await app.close();
  }
}

describe('tally ingest', () => {
  const db = join(work, 'ingest.db');

  it('stores a folder once; a second run says unchanged and changes nothing', async () => {
    const first = await tally(['--db', db, 'ingest', 'docs'], { cwd: work });
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout.match(/^ingested /gm)?.length, 5);
    assert.match(first.stdout, new RegExp(`^ingested +docs/${FILES.frTxt} \\(.*no language pack for 'fr'`, 'm'));
    const before = await stored(db);
    assert.equal(before.documents.length, 5);

    const second = await tally(['ingest', '--json', 'docs'], { cwd: work, env: { TALLY_DB: db } });
    assert.equal(second.code, 0, 'unchanged counts as success');
    const results = jsonLines(second.stdout);
    assert.equal(results.length, 5);
    for (const result of results) {
      assert.equal(result['status'], 'unchanged');
      assert.equal(result['notice'], 'already stored');
    }
    assert.deepEqual(await stored(db), before);
  });

  it('lists a document without a language pack with no claims (tally documents --json)', async () => {
    const documents = jsonLines((await tally(['--db', db, 'documents', '--json'], { cwd: work })).stdout);
    assert.equal(documents.length, 5);
    const french = documents.find((d) => d['source'] === `docs/${FILES.frTxt}`);
    assert.ok(french);
    assert.equal(french['lang'], null);
    assert.equal(french['langDetected'], 'fr');
    assert.equal(french['claims'], 0);
    assert.equal('text' in french, false, 'metadata only');
  });

  it('stores spans that index the stored text: text.slice(start, end) === quote (tally claims --json)', async () => {
    const claims = jsonLines((await tally(['--db', db, 'claims', '--json'], { cwd: work })).stdout);
    assert.ok(claims.length >= 10);
    const app = await openApp(loadConfig({}, { db }));
    try {
      for (const claim of claims) {
        assert.deepEqual(Object.keys(claim), ['document', 'source', 'index', ...CLAIM_FIELDS]);
        const document = await app.store.getDocument(claim['document'] as `sha256:${string}`);
        assert.ok(document);
        assert.equal(document.text.slice(claim['start'] as number, claim['end'] as number), claim['quote']);
      }
    } finally {
      await app.close();
    }
  });
});

describe('bad input', () => {
  const bad = join(work, 'bad');
  const cases = [
    { name: 'blob.txt', bytes: Buffer.from([0, 1, 2, 0x62, 0x69, 0x6e, 0]), code: 'document.binary' },
    { name: 'empty.md', bytes: Buffer.alloc(0), code: 'document.empty' },
    { name: 'latin1.txt', bytes: Buffer.from('Murieron 12 personas en Peñalta, según la policía.', 'latin1'), code: 'document.invalid_utf8' },
    // A web page saved as .pdf is read as the HTML it is (the content decides); plain text is no PDF.
    { name: 'fake.pdf', bytes: Buffer.from('Sign in to download this report.'), code: 'document.not_pdf' },
    { name: 'huge.txt', bytes: Buffer.from('At least 37 people were killed. '.repeat(200)), code: 'document.too_large' },
    { name: 'notes.docx', bytes: Buffer.from('PK'), code: 'document.unsupported_type' },
  ];

  it('reports each bad file in one line naming it, exits 1, and still stores the good ones', async () => {
    mkdirSync(bad, { recursive: true });
    for (const c of cases) writeFileSync(join(bad, c.name), c.bytes);
    const db = join(work, 'bad.db');
    const paths = [`docs/${FILES.enTxt}`, ...cases.map((c) => `bad/${c.name}`), `docs/${FILES.esMd}`, 'bad/missing.txt'];
    const run = await tally(['--db', db, 'ingest', '--max-bytes', '4KB', ...paths], { cwd: work });
    assert.equal(run.code, 1);
    const errors = stderrLines(run);
    for (const c of [...cases, { name: 'missing.txt', code: 'document.not_found' }]) {
      const lines = errors.filter((line) => line.startsWith(`tally: bad/${c.name}: `));
      assert.equal(lines.length, 1, `one line for ${c.name}`);
      assert.ok(lines[0]!.endsWith(`[${c.code}]`), lines[0]);
    }
    assert.equal(errors.length, cases.length + 1, 'nothing else is reported as an error');
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    const { documents } = await stored(db);
    assert.deepEqual(documents.map((d) => d.source).sort(), [`docs/${FILES.enTxt}`, `docs/${FILES.esMd}`]);
  });

  it('treats a wrong option or setting as a usage error (exit 2)', async () => {
    const runs = await Promise.all([
      tally(['claims', '--measure', 'dead'], { cwd: work }),
      tally(['extract', '--lang', 'spanish!', 'x.txt'], { cwd: work }),
      tally(['extract', 'x.txt'], { cwd: work, env: { TALLY_MAX_BYTES: 'lots' } }),
      tally(['documents'], { cwd: work, env: { TALLY_DB: 'mysql://tally@localhost/tally' } }),
    ]);
    for (const run of runs) assert.equal(run.code, 2, run.stderr);
    assert.match(runs[2]!.stderr, /^tally: .*TALLY_MAX_BYTES.* \[config\.invalid\]$/m);
    assert.match(runs[3]!.stderr, /unsupported database location mysql:/);
  });
});

describe('tally export', () => {
  it('writes CSV that parses back, one row per claim, with formula cells neutralised', async () => {
    const db = join(work, 'export.db');
    const hostile = join(work, 'hostile.md');
    writeFileSync(hostile, '# =cmd|\'/C calc\'!A0\n\n=SUM(A1) At least 12 people were killed in the blast, police said.\n');
    const ingest = await tally(['--db', db, 'ingest', hostile, `docs/${FILES.esMd}`], { cwd: work });
    assert.equal(ingest.code, 0, ingest.stderr);
    const out = join(work, 'claims.csv');
    const run = await tally(['--db', db, 'export', '--format', 'csv', '--out', out], { cwd: work });
    assert.equal(run.code, 0, run.stderr);

    const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
    assert.equal(rows.length, (await stored(db)).claims);
    assert.deepEqual(header!.slice(-CLAIM_FIELDS.length), CLAIM_FIELDS);
    const column = (row: string[], name: string): string => row[header!.indexOf(name)]!;
    const fromHostile = rows.filter((row) => column(row, 'source') === hostile);
    assert.ok(fromHostile.length > 0);
    for (const row of fromHostile) {
      assert.equal(column(row, 'title'), "'=cmd|'/C calc'!A0");
      assert.ok(column(row, 'quote').startsWith("'=SUM(A1) At least 12"));
    }
    // Other cells are the stored values, unaltered.
    const spanish = rows.find((row) => column(row, 'measure') === 'killed' && column(row, 'lang') === 'es')!;
    assert.ok(column(spanish, 'quote').startsWith('** Según la Defensoría Civil de Morvania, al menos 23 personas'));
    assert.deepEqual([column(spanish, 'low'), column(spanish, 'high'), column(spanish, 'approximate')], ['23', '', 'false']);
  });
});

/** Runs the program in-process with a captured terminal: enough for help text, and fast. */
async function tallyInProcess(args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = newContext({ out: (t) => out.push(t), err: (t) => err.push(t), columns: 100 }, {});
  const code = await main(['node', 'tally', ...args], ctx);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('tally --help', () => {
  const commands: [string, string[]][] = [
    ['extract', ['--json', '--lang', '--max-bytes', 'Examples:']],
    ['ingest', ['--db', '--lang', '--max-bytes', '--json', 'Examples:']],
    ['documents', ['--db', '--json', 'Examples:']],
    ['claims', ['--db', '--json', '--measure', '--lang', '--document', 'Examples:']],
    ['export', ['--db', '--format', '--out', 'Examples:']],
    ['demo', ['--demo-db', 'Examples:']],
  ];
  for (const [command, expected] of commands) {
    it(`${command} --help lists its options and examples`, async () => {
      const run = await tallyInProcess([command, '--help']);
      assert.equal(run.code, 0);
      for (const text of expected) assert.ok(run.stdout.includes(text), `${command} --help mentions ${text}`);
    });
  }

  it('bin/tally works from any directory and lists every command', async () => {
    const run = await tally(['--help'], { cwd: tmpdir() });
    assert.equal(run.code, 0, run.stderr);
    for (const command of commands.map(([c]) => c)) assert.match(run.stdout, new RegExp(`^  ${command} `, 'm'));
  });
});
