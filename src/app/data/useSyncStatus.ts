import { useSyncExternalStore } from 'react';
import type { SyncStatus } from '../../sync/engine.ts';
import { syncEngine } from './sync';

/** The sync engine's status, re-rendering on every change. */
export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(
    (onChange) => syncEngine.subscribe(onChange),
    () => syncEngine.getStatus(),
  );
}
