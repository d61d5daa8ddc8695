import { useSyncExternalStore } from 'react';
import { syncEngine } from './sync';
import type { SyncStatus } from '../../sync/engine.ts';

/** The sync engine's status, re-rendering on every change. */
export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(
    (onChange) => syncEngine.subscribe(onChange),
    () => syncEngine.getStatus(),
  );
}
