/**
 * Who the command line writes as, for the audit log: `cli:<os user>`. Anyone who can run `tally` on the
 * database can write to it directly anyway; the name records which account on the machine did.
 */
import { userInfo } from 'node:os';
import type { Actor } from '../domain/audit.js';

export function cliActor(): Actor {
  let name = '';
  try {
    name = userInfo().username;
  } catch {
    // A uid with no passwd entry (some containers): fall back to the uid itself.
    name = typeof process.getuid === 'function' ? `uid-${process.getuid()}` : 'unknown';
  }
  return `cli:${name.replace(/\s+/g, '_') || 'unknown'}`;
}
