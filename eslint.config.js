import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

// Layers and the direction of their imports (README, "Layers"). Each layer lists the folders of
// ours and the packages it must not import; a test, or a test's helper, may compose layers.
const ours = (...folders) => ({
  group: folders.map((folder) => `**/${folder}/**`),
  message: 'Imports go one way: domain <- shared <- web, documents, import <- server.',
});
const io = {
  group: ['node:*', 'pg', 'pg-*', '@electric-sql/*', 'drizzle-*', 'fastify*', '@fastify/*'],
  message: 'I/O, the database and HTTP belong to src/server.',
  // A type (a stream's shape) does no I/O.
  allowTypeImports: true,
};
const officeFiles = {
  group: ['exceljs', 'docx'],
  message: 'Office files are written and read in src/documents.',
};
const browser = {
  group: ['react', 'react-*', 'react/*', '@tanstack/*', 'dkfds', 'dkfds/*'],
  message: 'The browser app lives in src/web.',
};
// Bare built-in names as exact paths: as patterns, Node's old `domain` module would match our
// src/domain.
const builtins = builtinModules.map((name) => ({ name, message: io.message }));
const layer = (folder, patterns) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  ignores: ['**/*.test.{ts,tsx}', '**/test-*.ts', '**/test-support/**'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { paths: patterns.includes(io) ? builtins : [], patterns },
    ],
  },
});
const layers = [
  layer('domain', [
    ours('shared', 'web', 'documents', 'import', 'server', 'bench'),
    io,
    officeFiles,
    browser,
    // zod is allowed: it checks values and does no I/O, and the proposal is declared once with it.
    { group: ['pdfjs-dist', 'pdfjs-dist/*'], message: 'The domain core does no I/O.' },
  ]),
  layer('shared', [
    ours('web', 'documents', 'import', 'server', 'bench'),
    io,
    officeFiles,
    browser,
  ]),
  layer('web', [ours('documents', 'import', 'server', 'bench'), io, officeFiles]),
  layer('documents', [ours('web', 'import', 'server', 'bench'), io, browser]),
  layer('import', [ours('web', 'documents', 'server', 'bench'), io, officeFiles, browser]),
  layer('server', [ours('web'), browser]),
];

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layers,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
