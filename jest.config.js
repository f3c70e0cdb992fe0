// Jest configuration: TypeScript through ts-jest (transpile only; `npm run typecheck` checks types), Node environment.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFilesAfterEnv: ['<rootDir>/test/support/secret-scan.ts'],
  testTimeout: 30000,
  maxWorkers: 2,
};
