// Lint: typescript-eslint's recommended rules plus the dependency rule of ARCHITECTURE.md,
// enforced with import-x/no-restricted-paths, and no import cycles.
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const layer = (target, from, message) => ({ target: `./src/${target}`, from: from.map((f) => `./src/${f}`), message });

export default tseslint.config(
  { ignores: ['node_modules/**', 'bench/out/**', 'examples/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Sources import './x.js' that exists as './x.ts' (NodeNext): resolve through the alias.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer('domain', ['language-packs', 'pipeline', 'app', 'store', 'net', 'http', 'web', 'cli', 'compose.ts', 'config.ts'], 'domain/ is the pure model: it imports nothing of ours.'),
            layer('language-packs', ['pipeline', 'app', 'store', 'net', 'http', 'web', 'cli', 'compose.ts', 'config.ts'], 'language packs are data over domain/ only.'),
            layer('pipeline', ['app', 'store', 'net', 'http', 'web', 'cli', 'compose.ts', 'config.ts'], 'pipeline/ stages are pure: no use cases, stores or edges.'),
            layer('app', ['store', 'net', 'http', 'web', 'cli', 'compose.ts'], 'use cases reach storage through app/ports.ts only.'),
            layer('store', ['pipeline', 'net', 'http', 'web', 'cli', 'compose.ts', 'language-packs'], 'stores implement app/ports.ts over domain/ types.'),
            layer('net', ['pipeline', 'store', 'http', 'web', 'cli', 'compose.ts', 'language-packs'], 'network adapters implement app/ports.ts over domain/ types.'),
            layer('cli', ['store', 'net'], 'the CLI gets its store from compose.ts.'),
            layer('http', ['store', 'net', 'cli', 'web'], 'the API gets its store from compose.ts.'),
            layer('web', ['store', 'net', 'cli'], 'pages get their store from compose.ts.'),
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', 'bin/*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
