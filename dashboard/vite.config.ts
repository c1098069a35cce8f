import { defineConfig } from 'vite';

// IPBRIDGE_OUT_DIR: where the Maven build wants the site (the api jar's static resources); dist/ otherwise.
export default defineConfig({
  base: './',
  build: {
    outDir: process.env.IPBRIDGE_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
