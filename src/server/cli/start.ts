import { fileURLToPath } from 'node:url';
import { buildWebIfChanged } from '../http/web-build.ts';

// npm start: the web app is built first only when its sources changed since the last build,
// then the server starts. `--build-only` (npm run build:web) always builds and stops there.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const buildOnly = process.argv.includes('--build-only');
const outcome = buildWebIfChanged(root, `${root}dist/web`, { always: buildOnly });
if (outcome === 'built') console.error('Webappen er bygget.');
if (!buildOnly) await import('../main.ts');
