import { defineConfig } from 'vitest/config';

// Two projects: the renderer's tests run in a DOM (happy-dom), everything else in Node.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/bench/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // the annotations' style sheet is read as written (its test checks the contrast of its colours with `?raw`)
          css: { include: [/annotations\.css/] },
        },
      },
    ],
  },
});
