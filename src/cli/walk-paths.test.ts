import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { walkPaths } from './walk-paths.js';

const root = mkdtempSync(join(tmpdir(), 'tally-walk-'));
after(() => rmSync(root, { recursive: true, force: true }));
const put = (path: string, text = 'x'): void => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
put('corpus/b.txt');
put('corpus/a.md');
put('corpus/sub/c.html');
put('corpus/notes.docx');
put('corpus/.hidden.txt');
put('corpus/.git/d.txt');
symlinkSync('..', join(root, 'corpus/sub/loop'));
put('loose.docx');

async function sources(paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for await (const file of walkPaths(paths, { extensions: ['.txt', '.md', '.html'] })) found.push(file.source);
  return found;
}

describe('walkPaths', () => {
  it('walks folders in sorted order, taking supported files and skipping hidden ones and link loops', async () => {
    assert.deepEqual(await sources([join(root, 'corpus')]), [
      join(root, 'corpus/a.md'),
      join(root, 'corpus/b.txt'),
      join(root, 'corpus/sub/c.html'),
    ]);
  });

  it('offers a file named explicitly whatever its type, so the reader can refuse it by name', async () => {
    assert.deepEqual(await sources([join(root, 'loose.docx')]), [join(root, 'loose.docx')]);
  });

  it('offers the same file once per run', async () => {
    const file = join(root, 'corpus/a.md');
    assert.deepEqual(await sources([file, join(root, 'corpus'), file]), [
      file,
      join(root, 'corpus/b.txt'),
      join(root, 'corpus/sub/c.html'),
    ]);
  });

  it('turns a missing path into a file whose read fails with document.not_found', async () => {
    const files = [];
    for await (const file of walkPaths([join(root, 'nope.txt')], { extensions: ['.txt'] })) files.push(file);
    assert.equal(files.length, 1);
    await assert.rejects(files[0]!.read(), { code: 'document.not_found', message: 'does not exist' });
  });
});
