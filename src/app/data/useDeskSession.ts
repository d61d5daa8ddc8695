import { loadSession, type DeskSession } from '../../db/session.ts';
import { db } from './db';
import { useLiveQuery } from './useLiveQuery';

/**
 * Who is logged in at this desk, for the parts of the shell outside <SessionGate> (the
 * navigation offers the accounts screen to administrators only); null when nobody is,
 * undefined while read. Screens inside the gate use `useSession` instead.
 */
export function useDeskSession(): DeskSession | null | undefined {
  return useLiveQuery(() => loadSession(db), []);
}
