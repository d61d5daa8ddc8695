import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The layer rules of docs/architecture.md ("Layers"), checked over a source tree: which folder
 * may import which, and which runtime APIs the pure layers may touch.
 */

/** The features inside src/app: each imports the kit, the app's data hooks and its own files. */
export const FEATURES = ['frontdesk', 'pathways', 'mediation', 'sync', 'settings', 'audit', 'monitoring', 'admin'] as const;

/** Globals of a browser or of Node that the pure layers (domain, forms) must not use. */
const RUNTIME_GLOBALS = new Set([
  'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location',
  'fetch', 'XMLHttpRequest', 'process', 'Buffer', 'require', '__dirname', '__filename', 'setImmediate',
]);

const NODE_MODULES = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Packages that are I/O or a UI runtime: never in the pure layers. */
const IO_PACKAGES = ['dexie', 'dexie-react-hooks', 'react', 'react-dom', 'react-i18next', 'i18next', 'hono', '@hono/node-server', 'better-sqlite3', 'pg', 'wouter', 'workbox-window'];

export interface Violation {
  file: string;
  rule: string;
  detail: string;
}

interface SourceFile {
  /** Path relative to the tree's root, with forward slashes ("src/app/ui/format.ts"). */
  path: string;
  imports: string[];
  text: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full);
    return /\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function read(root: string, file: string): SourceFile {
  const text = readFileSync(file, 'utf8');
  const imports = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  return { path: relative(root, file).split(sep).join('/'), imports, text };
}

/** The tree-relative path an import points at ("src/app/ui/format"), or null for a package. */
function target(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return join(dirname(from), spec).split(sep).join('/').replace(/\.(tsx?|json|css)$/, '');
}

const layerOf = (path: string) => path.split('/')[1] ?? '';
const featureOf = (path: string): string | null => {
  const [src, app, feature] = path.split('/');
  return src === 'src' && app === 'app' && (FEATURES as readonly string[]).includes(feature ?? '') ? feature! : null;
};
const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/** Identifiers used as runtime globals: not declared in the file, not a property access, not a type. */
function runtimeGlobalsUsed(file: SourceFile): string[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node)) return;
    if (ts.isIdentifier(node) && RUNTIME_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isMember = ts.isPropertyAccessExpression(parent) && parent.name === node;
      const isKey = (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node;
      if (!isMember && !isKey) found.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found];
}

function rulesFor(file: SourceFile): Violation[] {
  const out: Violation[] = [];
  const layer = layerOf(file.path);
  const feature = featureOf(file.path);
  const fail = (rule: string, detail: string) => out.push({ file: file.path, rule, detail });
  for (const spec of file.imports) {
    const to = target(file.path, spec);
    const toLayer = to ? layerOf(to) : null;
    const pkg = to ? null : packageName(spec);
    if (layer === 'app') {
      if (pkg === 'dexie') fail('app-no-dexie', spec);
      if (pkg === 'dexie-react-hooks' && !file.path.startsWith('src/app/data/')) fail('app-live-queries-in-data', spec);
      const toFeature = to ? featureOf(to) : null;
      if (toFeature && toFeature !== feature && to !== `src/app/${toFeature}/index` && to !== `src/app/${toFeature}`) {
        // The app's root (App.tsx) and shell route to every feature; features meet only through an index.
        if (feature !== null || file.path.startsWith('src/app/ui/') || file.path.startsWith('src/app/data/')) {
          fail('feature-internals', `${spec} (${toFeature})`);
        }
      }
    }
    if (layer === 'domain' || layer === 'forms') {
      const allowed = layer === 'domain' ? ['domain'] : ['domain', 'forms'];
      if (toLayer && !allowed.includes(toLayer)) fail('pure-layer-imports', spec);
      if (pkg && (NODE_MODULES.has(spec) || IO_PACKAGES.includes(pkg))) fail('pure-layer-io', spec);
    }
    if (layer === 'server' && (toLayer === 'app' || toLayer === 'db' || toLayer === 'sync')) fail('server-imports-device', spec);
    if ((layer === 'db' || layer === 'sync') && toLayer === 'app') fail('device-data-imports-app', spec);
    if (layer === 'db' && toLayer === 'sync') fail('db-imports-sync', spec);
  }
  if (layer === 'domain' || layer === 'forms') {
    for (const name of runtimeGlobalsUsed(file)) fail('pure-layer-runtime', name);
  }
  return out;
}

/** Every violation of the layer rules under `root/src`. */
export function checkBoundaries(root: string): Violation[] {
  const src = resolve(root, 'src');
  return listFiles(src).map((f) => read(root, f)).flatMap(rulesFor);
}
