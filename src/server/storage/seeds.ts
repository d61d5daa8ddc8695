import { defaultSites } from '../../domain/vocab/sites.ts';
import { SERVER_WRITER, writeServerRecord } from '../sync/server-records.ts';
import type { RecordsTx } from './records.ts';

/** The eight Case del Quartiere as `sites` records, so a new database can take accounts at once. */
export async function seedDefaultSites(tx: RecordsTx): Promise<void> {
  const at = new Date().toISOString();
  for (const site of defaultSites.entries) {
    // "Cecchi Point (Aurora)": the part in brackets is the district.
    const [, name = site.labels.it, district] = /^(.*?)\s*(?:\((.+)\))?$/.exec(site.labels.it) ?? [];
    await writeServerRecord(tx, 'sites', {
      id: site.code,
      siteId: site.code,
      createdAt: at,
      updatedAt: at,
      updatedBy: SERVER_WRITER,
      deleted: false,
      name,
      ...(district ? { district } : {}),
      active: true,
    });
  }
}
