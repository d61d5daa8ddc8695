import { useEffect, useState } from 'react';
import type { DeskResult } from '../../../db/deskSearch.ts';
import { possibleDuplicates } from '../../../db/duplicates.ts';
import { lastVisitOf } from '../../../db/peopleSearch.ts';
import { db } from '../../data/db';

const DELAY_MS = 150;

/** People already on the device who may be the one being registered, as she types. */
export function useDuplicates(firstName: string, lastName: string, birthYear: number | undefined, excludeId?: string): DeskResult[] {
  const [found, setFound] = useState<DeskResult[]>([]);
  useEffect(() => {
    if (firstName.trim().length < 2 || lastName.trim().length < 2) {
      setFound([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void possibleDuplicates(db, { firstName, lastName, birthYear, excludeId })
        .then((people) => Promise.all(people.map(async (person) => ({ person, lastVisit: await lastVisitOf(db, person.id) }))))
        .then((results) => {
          if (current) setFound(results);
        });
    }, DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [firstName, lastName, birthYear, excludeId]);
  return found;
}
