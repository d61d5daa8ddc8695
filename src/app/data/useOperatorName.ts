import { useCallback } from 'react';
import { useSession } from '../session/SessionContext';
import { useOperators } from './useDirectory';

/**
 * An operator's display name: the logged-in user, else the operators the server sent to this
 * device, else undefined (the caller says who it may be: "this device's user"…).
 */
export function useOperatorName(): (operatorId: string) => string | undefined {
  const { user } = useSession().session;
  const operators = useOperators();
  return useCallback(
    (operatorId: string) =>
      operatorId === user.id ? user.displayName : operators?.find((o) => o.id === operatorId)?.displayName,
    [operators, user],
  );
}
