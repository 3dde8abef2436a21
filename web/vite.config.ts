// Vite build for Steward's web front end: Preact via the automatic JSX runtime, GOV.UK Frontend
// Sass, hashed assets under /assets/ (served with a long Cache-Control by steward serve).
import { NodePackageImporter } from 'sass';
import { defineConfig, type Plugin } from 'vite';

// GOV.UK Frontend keeps an IE 9-11 hack, `@media ... and (min-width: 0\\0)`, which Sass writes
// as `0\\0 )` or U+FFFD and some CSS minifiers refuse. No supported browser matches it, so the
// block is dropped.
function dropIeMediaHack(): Plugin {
  const hack = /@media[^{}]*\(min-width: ?0(?:\uFFFD|\\0)\s*\)\s*\{[^{}]*\{[^{}]*\}\s*\}/g;
  return {
    name: 'steward-drop-ie-media-hack',
    transform(code, id) {
      if (!/\.s?css($|\?)/.test(id) || !hack.test(code)) return null;
      hack.lastIndex = 0;
      return { code: code.replace(hack, ''), map: null };
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [dropIeMediaHack()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // CSP forbids inline scripts and styles: never inline assets as data: URLs into JS.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  css: {
    preprocessorOptions: {
      scss: {
        // `@use "pkg:govuk-frontend"` is loaded by Sass itself, not Vite's resolver, which would
        // quote GOV.UK's `url($govuk-fonts-path + $filename)` and break every font and image URL.
        importers: [new NodePackageImporter(decodeURIComponent(new URL('.', import.meta.url).pathname))],
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin'],
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
