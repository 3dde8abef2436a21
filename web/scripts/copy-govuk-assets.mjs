// Copies GOV.UK Frontend's fonts and images out of node_modules into public/govuk-assets/, so the
// build serves them from Steward itself (no CDN). The Sass points $govuk-assets-path there.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(web, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'assets');
const target = join(web, 'public', 'govuk-assets');
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const folder of ['fonts', 'images']) {
  cpSync(join(source, folder), join(target, folder), { recursive: true });
}
console.log(`copied GOV.UK Frontend fonts and images to ${target}`);
