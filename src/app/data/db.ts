import { openDatabase, type SportelloDb } from '../../db/database.ts';

/** The one device database of this tab. */
export const db: SportelloDb = openDatabase();
