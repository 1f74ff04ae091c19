// ESLint for the TypeScript sources, run as `npm run lint` (the fixed top level keeps config files in dotfolders).
// Type-aware rules catch real bugs: floating promises, unsafe `any` flowing into typed code, misused spreads.
// `.astro` files are checked by `astro check` instead.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.*/',
      'data/',
      'media/',
      '.astro/',
      'cms/.next/',
      'cms/payload-types.ts',
      'cms/app/(payload)/admin/importMap.js',
      'cms/migrations/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: process.cwd() } } },
  // Leaving fields out by destructuring them beside a rest element is deliberate, not an unused variable.
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] } },
  // Vitest's asymmetric matchers (expect.any, expect.stringContaining) are typed `any` by design.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked], languageOptions: { globals: { console: 'readonly', process: 'readonly' } } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
)
