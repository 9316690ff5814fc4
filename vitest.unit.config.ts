import { defineConfig } from 'vitest/config';

// The pure tests of src/compute only: what `npm run mutation` (StrykerJS) runs against each mutant.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    maxWorkers: 2,
  },
});
