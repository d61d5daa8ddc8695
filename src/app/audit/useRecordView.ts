import { useEffect, useRef } from 'react';
import { recordView } from '../../db/auditViews.ts';
import { db } from '../data/db';
import { useSession } from '../session/SessionContext';

/**
 * Notes, once per opening, that the logged-in user opened this person's page; the sync round
 * sends it to the audit log (docs/architecture.md, "Data protection"). `personId` is undefined
 * until the page has found her: a page that finds no one records nothing.
 */
export function useRecordView(personId: string | undefined): void {
  const userId = useSession().session.user.id;
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    if (personId === undefined || recorded.current === personId) return;
    recorded.current = personId;
    // A view the device failed to store must not break her page; it is worth a line in the console.
    recordView(db, userId, personId).catch((error: unknown) => console.warn('The view of a person page was not recorded:', error));
  }, [personId, userId]);
}
