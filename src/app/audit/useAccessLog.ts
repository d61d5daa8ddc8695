import { useCallback, useEffect, useRef, useState } from 'react';
import { type AuditEntry, auditPageSchema } from '../../domain/sync/audit.ts';
import { SyncError, type SyncErrorKind } from '../../sync/transport.ts';
import { transport } from '../data/sync';
import { useOnlineStatus } from '../ui/useOnlineStatus';

/** What the access log section shows; the log lives on the server only, so it needs the network. */
export type AccessLogState =
  | { kind: 'offline' }
  | { kind: 'loading' }
  | { kind: 'failed'; error: SyncErrorKind }
  | { kind: 'loaded'; entries: AuditEntry[]; next: string | null; more: 'idle' | 'loading' | SyncErrorKind };

const PAGE = 50;

const kindOf = (error: unknown): SyncErrorKind => (error instanceof SyncError ? error.kind : 'server');

/**
 * One person's access log, newest first, read from the server a page at a time when the device
 * is online (docs/architecture.md, "Data protection"). Read again when the person changes or
 * the device comes back online; never stored on the device.
 */
export function useAccessLog(personId: string): { state: AccessLogState; retry: () => void; more: () => void } {
  const online = useOnlineStatus();
  const [state, setState] = useState<AccessLogState>(online ? { kind: 'loading' } : { kind: 'offline' });
  const [attempt, setAttempt] = useState(0);
  // An answer for another person (or an older attempt) arriving late is dropped.
  const current = useRef(0);

  useEffect(() => {
    if (!online) {
      setState((s) => (s.kind === 'loaded' ? s : { kind: 'offline' }));
      return;
    }
    const ticket = ++current.current;
    setState({ kind: 'loading' });
    transport.request('GET', pagePath(personId, null), auditPageSchema).then(
      (page) => ticket === current.current && setState({ kind: 'loaded', entries: page.entries, next: page.next, more: 'idle' }),
      (error: unknown) => ticket === current.current && setState({ kind: 'failed', error: kindOf(error) }),
    );
  }, [personId, online, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const more = useCallback(() => {
    if (state.kind !== 'loaded' || state.next === null || state.more === 'loading') return;
    const ticket = current.current;
    const shown = state;
    setState({ ...shown, more: 'loading' });
    transport.request('GET', pagePath(personId, shown.next), auditPageSchema).then(
      (page) => ticket === current.current && setState({ kind: 'loaded', entries: [...shown.entries, ...page.entries], next: page.next, more: 'idle' }),
      (error: unknown) => ticket === current.current && setState({ ...shown, more: kindOf(error) }),
    );
  }, [personId, state]);

  return { state, retry, more };
}

function pagePath(personId: string, before: string | null): string {
  const query = new URLSearchParams({ limit: String(PAGE), ...(before === null ? {} : { before }) });
  return `/api/audit/people/${encodeURIComponent(personId)}?${query}`;
}
