// dependency-cruiser: the import rules of docs/architecture.md ("Layers and the import rule"),
// checked on the whole import graph by `npm run lint` (`npm run lint:deps` alone):
//
// - no import cycle anywhere (type-only imports count: a cycle of types is still a knot);
// - the outer layers: core <- adapters <- cli / taskpane, the two front ends never import
//   each other, the CLI never imports the Office.js adapter;
// - the core's inner layer order (CORE_LAYERS below, bottom first): a core module imports only
//   its own layer or the layers below it, never one above ("no core import runs back up").
//   Tests and test helpers are exempt from the inner order (a reader's test may build its
//   snapshot with init), not from the other rules;
// - production code imports no test code.
//
// ESLint's no-restricted-imports (eslint.config.mjs) keeps the per-file part (exceljs, React,
// Node, Office in the core); this file sees what a single file cannot: cycles and layers.

/** Test files and test helpers: exempt from the core's inner layer order. */
const TEST_CODE = String.raw`(\.test\.tsx?$|\.test-helper\.tsx?$|/test-fixtures\.ts$|/testing/|^test/)`;

/**
 * The core's inner layers, bottom first. A layer may import itself and the layers listed
 * before it. Paths are regular expressions on the repository-relative file name.
 */
const CORE_LAYERS = [
  // The currency types and Indonesian figures: snapshot, address, errors, dates, number formats.
  { name: 'base', paths: [String.raw`^src/core/[^/]+\.ts$`, '^src/core/format/'] },
  // Schemas as data; the input guard (bytes only).
  { name: 'schema', paths: ['^src/core/schema/', '^src/core/guard/'] },
  // One cell parsed by its column; write plans.
  { name: 'cell', paths: ['^src/core/parse/', '^src/core/plan/'] },
  // Sheets read by their schema; layout (formats, styles, row heights); the seed data.
  { name: 'sheet', paths: ['^src/core/read/', '^src/core/layout/', '^src/core/seed/'] },
  // The tracker model, the arithmetic of capaian, findings (values, codes, messages).
  {
    name: 'model',
    paths: ['^src/core/model/', String.raw`^src/core/lakip/arithmetic\.ts$`, '^src/core/findings/'],
  },
  // Building and upgrading a tracker; the SOP steps.
  { name: 'build', paths: ['^src/core/init/', '^src/core/sop/'] },
  // Validation.
  { name: 'validate', paths: ['^src/core/validate/'] },
  // What is made from a tracker: the LAKIP tables, consolidation, the Temuan sheet and report,
  // the rekap of many trackers, the import of the user's own tables.
  {
    name: 'products',
    paths: [
      '^src/core/lakip/',
      '^src/core/consolidate/',
      '^src/core/report/',
      '^src/core/rekap/',
      '^src/core/import/',
    ],
  },
  // One function per user action.
  { name: 'operations', paths: ['^src/core/operations/'] },
];

const anyOf = (paths) => paths.map((p) => `(${p})`).join('|');

const coreLayerRules = CORE_LAYERS.slice(0, -1).map((layer, i) => ({
  name: `core-layer-${layer.name}`,
  severity: 'error',
  comment:
    `A module of the core's '${layer.name}' layer imports a layer above it ` +
    `(${CORE_LAYERS.slice(i + 1)
      .map((l) => l.name)
      .join(', ')}): see docs/architecture.md, ` +
    '"Layers and the import rule". Move the shared piece down, or the caller up.',
  from: { path: anyOf(layer.paths), pathNot: TEST_CODE },
  to: {
    path: anyOf(CORE_LAYERS.slice(i + 1).flatMap((l) => l.paths)),
    // A file of a lower layer inside a higher layer's folder (lakip/arithmetic.ts) is below.
    pathNot: anyOf(CORE_LAYERS.slice(0, i + 1).flatMap((l) => l.paths)),
  },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: open it with a file both sides import (types, a shared helper).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'The pure core (src/core) imports no adapter, front end, Node module or npm package but ' +
        'fflate: see docs/architecture.md.',
      from: { path: '^src/core/', pathNot: TEST_CODE },
      to: {
        pathNot: '^node_modules/fflate/',
        dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
      },
    },
    {
      name: 'core-below-adapters',
      severity: 'error',
      comment: 'The core imports no adapter and no front end: see docs/architecture.md.',
      from: { path: '^src/core/' },
      to: { path: '^src/(adapters|cli|taskpane)/' },
    },
    {
      name: 'adapters-below-front-ends',
      severity: 'error',
      comment: 'Adapters are below the front ends: see docs/architecture.md.',
      from: { path: '^src/adapters/' },
      to: { path: '^src/(cli|taskpane)/' },
    },
    {
      name: 'cli-not-taskpane',
      severity: 'error',
      comment: 'The CLI never imports the task pane or the Office.js adapter: see docs/architecture.md.',
      from: { path: '^src/cli/' },
      to: { path: '^src/(taskpane|adapters/office)/' },
    },
    {
      name: 'taskpane-not-cli',
      severity: 'error',
      comment: 'The task pane never imports the CLI or Node: see docs/architecture.md.',
      from: { path: '^src/taskpane/', pathNot: TEST_CODE },
      to: { path: '^src/cli/' },
    },
    {
      name: 'taskpane-not-node',
      severity: 'error',
      comment: 'The task pane runs in a browser: no Node module (see docs/architecture.md).',
      from: { path: '^src/taskpane/', pathNot: TEST_CODE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      comment: 'Production code imports no test, test helper or fixture (nothing test-only in dist/).',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
    ...coreLayerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|dist-e2e|coverage)/' },
    // Type-only imports are edges too (`import type`), so a cycle through types is seen.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
