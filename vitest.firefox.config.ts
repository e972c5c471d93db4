import { defineConfig } from 'vitest/config';

// Real firefox-esr with the built Firefox extension (npm run build:firefox first). One browser per file, files one
// at a time: these machines have two cores. Skipped with a message when Firefox is absent, except in CI.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
