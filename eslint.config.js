// ESLint flat config: typescript-eslint's type-checked rules for every layer,
// React's hook rules for the views. Each disabled rule says why.
import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    // Build output and reports; conformance programs and lesson examples are learner-style programs
    // (test inputs that float promises on purpose), checked by running them, not by lint.
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'public/**',
      'test/conformance/programs/**',
      'lessons/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // The engine's stop signal is a frozen plain object by design: learner code that catches it finds no Error to inspect.
      // The file system's FsFailure is a plain record its callers turn into Node's error (fsError); it stays one, because
      // world.files({ a: '', 'a/b': '' }) lets it reach the program, which prints it as `FsFailure { code: … }`.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'file', name: 'StopSignal', path: 'app/engine/runtime/agent.ts' },
            { from: 'file', name: 'FsFailure', path: 'app/engine/runtime/node/fs/vfs.ts' },
          ],
          allowRethrowing: true,
        },
      ],
    },
  },
  {
    // These modules capture intrinsics unbound on purpose, before the learner's program can patch them,
    // and call them later through uncurryThis or Reflect.apply with an explicit receiver.
    files: ['app/engine/runtime/primordials.ts', 'app/sandbox/worker/entry.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // The layers: engine ← model ← ui; sandbox uses engine, never ui. test/architecture/layers.test.ts also
    // keeps UI packages and DOM globals out of engine and model, and fails on any import cycle in app/
    // (type-only ones included, which import-x's no-cycle skips).
    files: ['app/**/*.ts', 'app/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './app/engine',
              from: ['./app/model', './app/ui', './app/sandbox', './app/cli'],
              message: 'The engine depends on nothing above it.',
            },
            { target: './app/model', from: ['./app/ui', './app/sandbox', './app/cli'], message: 'The model depends only on the engine.' },
            { target: './app/sandbox', from: ['./app/ui'], message: 'The sandbox uses the engine, never the UI.' },
          ],
        },
      ],
    },
  },
  {
    // The console tests build the odd values Node's inspector must print: holes, `arguments` objects,
    // any-typed Object.create and vm results, arrays with deleted elements, non-Error rejections.
    files: ['test/engine/console/**'],
    rules: {
      'no-sparse-arrays': 'off',
      'prefer-rest-params': 'off',
      '@typescript-eslint/no-array-delete': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
  {
    files: ['app/ui/**/*.tsx', 'app/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Callbacks in props and hook results are passed around detached, so they are typed as properties, never as methods.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
    },
  },
  {
    // Plain JavaScript (bin/, scripts/, configs) is in no tsconfig, so the type-checked rules have no types to check it with.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
)
