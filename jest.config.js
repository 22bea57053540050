/** Unit and component tests. Type checking is done once by `tsc --noEmit` (npm test), so ts-jest only transpiles. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/unit'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Inert unless ACI_FUTURE_RULE_VERSION=1 (npm run test:future-rules): adds a hypothetical later rule version.
  setupFiles: ['<rootDir>/test/unit/setup/future-rule-version.ts', '<rootDir>/test/unit/setup/dom.ts'],
};
