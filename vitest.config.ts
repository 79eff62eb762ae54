import { defineConfig } from 'vitest/config';

// Fast tests in Node: shared/, electron/ (with `electron` mocked), cli/, renderer logic.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
