import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e/chromium',
  // One extension profile per test; two cores run two browsers comfortably.
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
