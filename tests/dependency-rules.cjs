/**
 * The import rules `npm test` enforces (dependency-cruiser): data flows one way, from the
 * database through the public snapshot to the site and the search index, so nothing imports
 * the site; scripts are entry points that nothing imports; the words every part shares live in
 * cms/shared/, which imports nothing but itself and the generated types; no import cycles.
 */
module.exports = {
  forbidden: [
    {
      name: 'cms-imports-site',
      severity: 'error',
      comment: 'The CMS builds the site from the snapshot; it never imports it. Shared words live in cms/shared/.',
      from: { path: '^cms/' },
      to: { path: '^site/' },
    },
    {
      name: 'search-imports-site',
      severity: 'error',
      comment: 'Search documents are built from the snapshot, not from the site. Shared words live in cms/shared/.',
      from: { path: '^search/' },
      to: { path: '^site/' },
    },
    {
      name: 'imports-scripts',
      severity: 'error',
      comment:
        'Scripts are entry points, never libraries: put the piece in product code (cms/cli/ for what every command needs) or tests/support/ for the harness. Only the benchmark children share their figures helpers.',
      from: { pathNot: '^scripts/bench/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'product-imports-tests',
      severity: 'error',
      comment: 'Product code never depends on the test harness.',
      from: { path: '^(cms|site|search)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'shared-imports-outside',
      severity: 'error',
      comment: 'cms/shared/ is the neutral home every part imports: it may import only itself and the generated types.',
      from: { path: '^cms/shared/' },
      to: { path: '^(cms|site|search)/', pathNot: '^cms/(shared/|payload-types\\.ts$)' },
    },
    {
      name: 'tests-import-internals',
      severity: 'error',
      comment:
        'Tests drive the product through its modules, not through framework-owned files: pages and layouts are tested through the built site, admin routes through HTTP, migrations through their index.',
      from: { path: '^tests/' },
      to: { path: '^(site/(pages|layouts|components)/|cms/app/|cms/migrations/(?!index\\.ts$)|cms/endpoints/support/)' },
    },
    {
      name: 'generic-imports-feature',
      severity: 'error',
      comment: 'Generic layers (access, fields, lib, email transport, endpoint support, shared) serve every feature and import none of them.',
      from: { path: '^cms/(access|fields|lib|email|endpoints/support|shared)/' },
      to: { path: '^cms/(newsletters|partner-confirmation|responses|collections|hooks|jobs|export|seed|reports)/' },
    },
    { name: 'no-circular', severity: 'error', comment: 'An import cycle makes load order matter and layers meaningless.', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.next)/|^cms/migrations/2|^cms/app/\\(payload\\)/admin/importMap\\.js$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
}
