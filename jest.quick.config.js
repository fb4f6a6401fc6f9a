// `npm run test:quick`: a developer's quick run (under two minutes on two cores), the unit
// tests of the core and the adapters. Left to `npm test` (which runs everything, as CI does):
// the CLI's and the task pane's tests, test/ (fuzzing, the keep-parts and manifest checks),
// the property tests, the big-fixture tests (below), and the tests that open what we write in
// LibreOffice or Word's renderer.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/src/core', '<rootDir>/src/adapters'],
  testPathIgnorePatterns: [
    ...base.testPathIgnorePatterns,
    '/src/adapters/xlsx/package/libreoffice\\.test\\.ts$',
    '\\.property\\.test\\.ts$',
  ],
  // The big-fixture tests inside fast files: Office.js at 14 sheets × 5,000 rows, and the
  // patching writer compared with exceljs's applier (each plan written and read back twice).
  testNamePattern: '^(?!.*(× 5,000 rows|read back by both readers))',
};
