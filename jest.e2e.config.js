// The browser end-to-end suite (test/e2e/*.e2e.test.ts): the built task pane in Debian's
// Chromium. Run by `npm run test:e2e`, which builds the pane into dist-e2e/ first.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  // One browser at a time: the machine has two cores, and the cases share a page in order.
  maxWorkers: 1,
  testTimeout: 180000,
  slowTestThreshold: 60,
  // Each case by name in the log (CI reads the closing line and the e2e line .ci/run prints).
  verbose: true,
};
