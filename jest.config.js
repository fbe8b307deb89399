// ESM-only packages (NestJS 12) are compiled to CommonJS by swc so Jest on Node 20 can load them.
const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
    '^.+\\.m?js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@socket\\.io|@faker-js)/)'],
  moduleNameMapper: {
    '^@clustermeet/(contracts|database|domain|scheduler)$': '<rootDir>/libs/$1/src',
    '^@clustermeet/scheduler/(.*)$': '<rootDir>/libs/scheduler/src/$1',
  },
  rootDir: __dirname,
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'], setupFilesAfterEnv: ['<rootDir>/test/support/timeouts.ts'] },
    { ...shared, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.e2e-spec.ts'], setupFilesAfterEnv: ['<rootDir>/test/support/timeouts.ts'] },
  ],
};
