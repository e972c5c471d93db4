import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension (npm run build first). One browser per file, files one at a time:
// these machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
