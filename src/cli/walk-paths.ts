/**
 * The paths a user typed → the files to read, lazily and in a stable (sorted) order. A file named
 * explicitly is always offered (so an unsupported type is reported, not silently skipped); inside a
 * directory only supported extensions are taken and hidden entries (".git", ".DS_Store") are skipped.
 * Symbolic links are followed, but each real directory is walked once, so a link loop ends.
 */
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname, join } from 'node:path';
import type { IncomingFile } from '../app/incoming-file.js';
import { DomainError } from '../domain/errors.js';

export type WalkOptions = { extensions: readonly string[] };

export async function* walkPaths(paths: readonly string[], options: WalkOptions): AsyncGenerator<IncomingFile> {
  const extensions = new Set(options.extensions.map((e) => e.toLowerCase()));
  const seenDirectories = new Set<string>();
  const seenFiles = new Set<string>(); // the same file named twice (or inside a named folder) is read once

  async function* visit(path: string, explicit: boolean): AsyncGenerator<IncomingFile> {
    let stats: Stats;
    let real: string;
    try {
      stats = await stat(path);
      real = await realpath(path);
    } catch (error) {
      // Only a path the user typed can be missing; a dangling link inside a directory is skipped.
      if (explicit) yield failing(path, error);
      return;
    }
    if (stats.isDirectory()) {
      if (seenDirectories.has(real)) return;
      seenDirectories.add(real);
      let names: string[];
      try {
        names = (await readdir(path)).sort();
      } catch (error) {
        yield failing(path, error);
        return;
      }
      for (const name of names) {
        if (name.startsWith('.')) continue;
        const child = join(path, name);
        // Files are filtered by name before any stat, so large unrelated folders stay cheap to walk.
        if (!extensions.has(extname(name).toLowerCase()) && !(await isDirectory(child))) continue;
        yield* visit(child, false);
      }
      return;
    }
    if (!stats.isFile()) {
      if (explicit) yield failing(path, new DomainError('document.unreadable', 'is not a regular file'));
      return;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    yield { source: path, size: stats.size, read: () => readBytes(path) };
  }

  for (const path of paths) yield* visit(path, true);
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw toDomainError(error);
  }
}

/** A path that could not be opened still yields a file, whose read fails, so it is reported in order. */
function failing(source: string, error: unknown): IncomingFile {
  const failure = toDomainError(error);
  return {
    source,
    size: null,
    read: () => Promise.reject(failure),
  };
}

function toDomainError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new DomainError('document.not_found', 'does not exist', { cause: error });
  if (code === 'EACCES' || code === 'EPERM') {
    return new DomainError('document.unreadable', 'cannot be read: permission denied', { cause: error });
  }
  if (code === 'ELOOP') return new DomainError('document.unreadable', 'is a symbolic link that loops', { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new DomainError('document.unreadable', `cannot be read: ${detail}`, { cause: error });
}
