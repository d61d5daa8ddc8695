import { createContext, useContext } from 'react';
import type { Author } from '../../db/repository.ts';
import type { DeskSession } from '../../db/session.ts';

export interface SessionApi {
  session: DeskSession;
  /** Changes the site this desk records for (users bound to several sites). */
  setSite(siteId: string): Promise<void>;
  logout(): Promise<void>;
}

export const SessionContext = createContext<SessionApi | null>(null);

/** The desk session; only screens inside <SessionGate> are rendered, so it is always there. */
export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession() used outside <SessionGate>');
  return api;
}

/** Who writes, for the repositories: the logged-in operator at the desk's site. */
export function useAuthor(): Author {
  const { session } = useSession();
  return { operatorId: session.user.id, siteId: session.siteId };
}
