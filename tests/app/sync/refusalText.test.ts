import { describe, expect, it } from 'vitest';
import en from '../../../src/app/sync/en.json' with { type: 'json' };
import it_ from '../../../src/app/sync/it.json' with { type: 'json' };
import { REFUSAL_CODES } from '../../../src/domain/policy/changePolicy.ts';
import { TABLE_NAMES } from '../../../src/domain/records/index.ts';

describe('the sync screen says every refusal and names every table in each language', () => {
  it.each([['it', it_], ['en', en]] as const)('%s', (_lang, catalogue) => {
    const words = catalogue.syncStatus as { refusal: Record<string, string>; tables: Record<string, string> };
    for (const code of REFUSAL_CODES) expect(words.refusal[code], code).toMatch(/\S/);
    for (const table of TABLE_NAMES) expect(words.tables[table], table).toMatch(/\S/);
  });
});
