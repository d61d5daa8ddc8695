import { useEffect, useState } from 'react';
import { searchForDesk, type DeskResult } from '../../db/deskSearch.ts';
import { db } from './db';

export type DeskSearch =
  | { status: 'idle' }
  | { status: 'searching'; query: string; previous: DeskResult[] | null }
  | { status: 'done'; query: string; results: DeskResult[] };

/**
 * Searches as the operator types. Each search is a few index lookups (about a millisecond), so
 * it waits only for the next animation frame, which folds fast typing into one search; an
 * answer for an older query is dropped.
 */
export function useDeskSearch(query: string): DeskSearch {
  const [state, setState] = useState<DeskSearch>({ status: 'idle' });
  const q = query.trim();
  useEffect(() => {
    if (q === '') {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((s) => ({ status: 'searching', query: q, previous: s.status === 'done' ? s.results : s.status === 'searching' ? s.previous : null }));
    const frame = requestAnimationFrame(() => {
      void searchForDesk(db, q).then((results) => {
        if (current) setState({ status: 'done', query: q, results });
      });
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
    };
  }, [q]);
  return state;
}
