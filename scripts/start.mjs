// `npm start`: compiles the gateway (src/main.ts and the flow worker) into plain JavaScript once, with
// esbuild, and runs it with node. Running the TypeScript through a loader instead (tsx) costs about 50 MB of
// memory in the process and as much again in the flow's worker thread, for nothing a running gateway needs.
//
// The build is content-addressed: node_modules/.cache/intake-gateway/<hash of the sources>/. An unchanged
// tree starts at once; several processes starting together build once each into a private folder and the
// first rename wins. Paths a module computes from its own location (import.meta.url / dirname: migrations,
// static files) keep pointing at the sources, so the bundle behaves exactly as the TypeScript does.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

function sources(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? sources(path.join(dir, d.name)) : [path.join(dir, d.name)]))
    .filter((f) => /\.(ts|mjs|json)$/.test(f))
    .sort();
}

function hashOf(files) {
  const h = crypto.createHash('sha256');
  h.update(esbuild.version);
  for (const f of files) h.update(f).update(fs.readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

/** Replaces import.meta.url / dirname in each source with the source file's own, before bundling. */
const keepOwnLocation = {
  name: 'keep-own-location',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!args.path.startsWith(src)) return undefined;
      const text = await fs.promises.readFile(args.path, 'utf8');
      return {
        contents: text
          .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: 'ts',
      };
    });
  },
};

export async function build(cache = path.join(root, 'node_modules', '.cache', 'intake-gateway')) {
  const out = path.join(cache, hashOf(sources(src)));
  if (fs.existsSync(path.join(out, 'main.mjs'))) return out;
  const tmp = `${out}.tmp-${process.pid}`;
  await esbuild.build({
    entryPoints: { main: path.join(src, 'main.ts'), 'step-worker': path.join(src, 'runtime/step-worker.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    // The flow's worker thread runs the compiled worker too, without a TypeScript loader.
    define: {
      'globalThis.__INTAKE_STEP_WORKER__': JSON.stringify(pathToFileURL(path.join(out, 'step-worker.mjs')).href),
    },
    plugins: [keepOwnLocation],
    logLevel: 'warning',
  });
  // The build's esbuild service is a child process of ~45 MB that would otherwise live as long as the gateway.
  await esbuild.stop();
  try {
    fs.renameSync(tmp, out);
  } catch {
    // Another process finished the same build first: use theirs.
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const out = await build();
  await import(pathToFileURL(path.join(out, 'main.mjs')).href);
}
