import { mayReadAuditLog } from '../../domain/sync/audit.ts';
import { useSession } from '../session/SessionContext';
import { AccessLogView } from './AccessLogView';
import { useAccessLog } from './useAccessLog';

/**
 * A person's access log on her page, for coordinators and administrators only (the server
 * refuses anyone else): who viewed and changed her record, when, from which device.
 */
export function AccessLog({ personId }: { personId: string }) {
  const { role } = useSession().session.user;
  return mayReadAuditLog(role) ? <LoadedAccessLog personId={personId} /> : null;
}

function LoadedAccessLog({ personId }: { personId: string }) {
  const { state, retry, more } = useAccessLog(personId);
  return <AccessLogView state={state} onRetry={retry} onMore={more} />;
}
