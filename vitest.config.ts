import { defineConfig } from 'vitest/config';

// End-to-end tests spawn the built binary and a browser: on a 2-core CI machine they need far
// more than vitest's 5 s default. Performance is measured by `npm run bench`, never by timeouts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    maxWorkers: 2,
  },
});
