import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_MAX_BYTES, loadConfig, type ConfigOverrides } from './config.js';
import { DomainError } from './domain/errors.js';

describe('loadConfig', () => {
  it('defaults to ./tally.db, 50 MB, info', () => {
    assert.deepEqual(loadConfig({}), { db: './tally.db', maxBytes: DEFAULT_MAX_BYTES, logLevel: 'info', debug: false });
    assert.equal(DEFAULT_MAX_BYTES, 50 * 1024 * 1024);
  });

  const valid: [string, Record<string, string>, ConfigOverrides, Partial<ReturnType<typeof loadConfig>>][] = [
    ['TALLY_DB', { TALLY_DB: '/data/t.db' }, {}, { db: '/data/t.db' }],
    ['--db over TALLY_DB', { TALLY_DB: '/data/t.db' }, { db: 'other.db' }, { db: 'other.db' }],
    ['a plain byte count', { TALLY_MAX_BYTES: '1048576' }, {}, { maxBytes: 1048576 }],
    ['a size with a unit', { TALLY_MAX_BYTES: '10MB' }, {}, { maxBytes: 10 * 1024 * 1024 }],
    ['--max-bytes over the environment', { TALLY_MAX_BYTES: '10MB' }, { maxBytes: '512 kb' }, { maxBytes: 512 * 1024 }],
    ['a log level in any case', { TALLY_LOG_LEVEL: 'WARN' }, {}, { logLevel: 'warn' }],
    ['TALLY_DEBUG=1', { TALLY_DEBUG: '1' }, {}, { debug: true }],
    ['an empty variable as unset', { TALLY_DB: '', TALLY_MAX_BYTES: '' }, {}, { db: './tally.db', maxBytes: DEFAULT_MAX_BYTES }],
  ];
  for (const [name, env, overrides, expected] of valid) {
    it(`reads ${name}`, () => {
      const config = loadConfig(env, overrides);
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(config[key as keyof typeof config], value);
    });
  }

  const invalid: [string, Record<string, string>, ConfigOverrides, RegExp][] = [
    ['a size that is not one', { TALLY_MAX_BYTES: 'lots' }, {}, /TALLY_MAX_BYTES="lots"/],
    ['a zero size', { TALLY_MAX_BYTES: '0' }, {}, /TALLY_MAX_BYTES="0" must be a positive size/],
    ['an unknown log level', { TALLY_LOG_LEVEL: 'loud' }, {}, /TALLY_LOG_LEVEL="loud" must be one of silent, error/],
    ['a bad --max-bytes, named as the option', {}, { maxBytes: '-1' }, /--max-bytes="-1"/],
  ];
  for (const [name, env, overrides, message] of invalid) {
    it(`refuses ${name} with config.invalid`, () => {
      assert.throws(() => loadConfig(env, overrides), (error: unknown) => {
        assert.ok(error instanceof DomainError);
        assert.equal(error.code, 'config.invalid');
        assert.match(error.message, message);
        return true;
      });
    });
  }
});
