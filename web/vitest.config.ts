// Unit tests of the front end's pure parts (span highlighting, form validation, chart scaling):
// `npm test`, run by CTest as web.unit. Node environment: the tested modules touch no DOM.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
