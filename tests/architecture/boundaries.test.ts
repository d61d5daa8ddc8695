import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBoundaries } from './boundaries.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixture/', import.meta.url));

describe('layer boundaries (docs/architecture.md, "Layers")', () => {
  it('the source tree keeps every rule', () => {
    expect(checkBoundaries(repo)).toEqual([]);
  });

  it('finds each planted violation, and only those', () => {
    const found = checkBoundaries(fixture).map((v) => `${v.file} ${v.rule} ${v.detail}`).sort();
    expect(found).toEqual([
      "src/app/frontdesk/Planted.tsx app-no-dexie dexie",
      "src/app/frontdesk/Planted.tsx feature-internals ../pathways/person/PersonPathways (pathways)",
      "src/app/ui/Kit.ts app-live-queries-in-data dexie-react-hooks",
      "src/domain/clock.ts pure-layer-io node:fs",
      "src/domain/clock.ts pure-layer-runtime localStorage",
      "src/domain/clock.ts pure-layer-runtime window",
      "src/forms/form.ts pure-layer-imports ../db/db",
      "src/server/route.ts server-imports-device ../app/frontdesk/Planted",
    ]);
  });
});
