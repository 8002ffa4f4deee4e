import { defineConfig } from 'vitest/config';

// CLI and binary tests spawn processes; on a busy 2-core machine they need more than vitest's 5 s default.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
