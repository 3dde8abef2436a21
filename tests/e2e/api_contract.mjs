// Checks that every route the web client calls (web/src/api/routes.ts) exists, with its method,
// in the OpenAPI document of a real `steward serve` (GET /api/openapi.json), so a renamed or
// missing endpoint fails here instead of in a user's browser.
// Usage: node tests/e2e/api_contract.mjs [--steward PATH]. Exit 0 all present, 1 otherwise.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findSteward, startSteward, webDir } from './lib/harness.mjs';

// Compiles routes.ts with the esbuild Vite already installs, and imports the result.
async function clientRoutes() {
  const { transformSync } = createRequire(join(webDir, 'package.json'))('esbuild');
  const source = readFileSync(join(webDir, 'src', 'api', 'routes.ts'), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return Object.entries(module.routes);
}

async function main() {
  const routes = await clientRoutes();
  if (routes.length === 0) throw new Error('web/src/api/routes.ts lists no routes');
  const server = await startSteward(findSteward(), { demo: false });
  let missing = [];
  try {
    const document = await (await fetch(`${server.url}/api/openapi.json`)).json();
    const paths = document.paths ?? {};
    missing = routes.filter(([, route]) => !paths[route.path]?.[route.method.toLowerCase()]);
    for (const [name, route] of routes) {
      const ok = !missing.some(([other]) => other === name);
      console.log(`${ok ? 'ok' : 'not ok'} - ${name}: ${route.method} ${route.path}`);
    }
  } finally {
    await server.stop();
  }
  console.log(`${routes.length - missing.length}/${routes.length} client routes are on the server`);
  process.exit(missing.length > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(`api_contract: ${error.stack ?? error}`);
  process.exit(1);
});
