import type * as z from 'zod/mini';
import { siteSchema } from './site.ts';
import { operatorSchema } from './operator.ts';
import { personSchema } from './person.ts';
import { visitSchema } from './visit.ts';
import { interventionSchema, pathwaySchema } from './pathway.ts';
import { grantSchema } from './grant.ts';
import { eventSchema, mediationSchema, trainingSchema } from './activities.ts';
import { attachmentSchema } from './attachment.ts';
import { conflictSchema } from './conflict.ts';
import { translationCorrectionSchema } from './translation.ts';
import { settingSchema } from './settings.ts';

export * from './common.ts';
export * from './envelope.ts';
export * from './site.ts';
export * from './operator.ts';
export * from './person.ts';
export * from './visit.ts';
export * from './pathway.ts';
export * from './grant.ts';
export * from './activities.ts';
export * from './attachment.ts';
export * from './conflict.ts';
export * from './translation.ts';
export * from './settings.ts';

/** Every synced table and the schema of its records: the one list sync and storage go by. */
export const recordSchemas = {
  sites: siteSchema,
  operators: operatorSchema,
  people: personSchema,
  visits: visitSchema,
  pathways: pathwaySchema,
  interventions: interventionSchema,
  grants: grantSchema,
  mediations: mediationSchema,
  events: eventSchema,
  trainings: trainingSchema,
  attachments: attachmentSchema,
  conflicts: conflictSchema,
  settings: settingSchema,
  translationCorrections: translationCorrectionSchema,
} as const;

export type TableName = keyof typeof recordSchemas;
export const TABLE_NAMES = Object.keys(recordSchemas) as TableName[];
export type RecordOf<T extends TableName> = z.infer<(typeof recordSchemas)[T]>;
export type AnyRecord = RecordOf<TableName>;

export function isTableName(name: string): name is TableName {
  return Object.hasOwn(recordSchemas, name);
}
