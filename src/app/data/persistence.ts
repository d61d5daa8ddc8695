// Persistent storage keeps the browser from evicting IndexedDB (the records not yet synced)
// when the tablet runs low on space. See docs/architecture.md, "Data protection".

export type PersistenceState = 'granted' | 'denied' | 'unsupported';

export interface StorageUsage {
  usageBytes: number;
  quotaBytes: number;
}

const REQUESTED_KEY = 'sportello.persistRequested';

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

export async function queryPersistence(): Promise<PersistenceState> {
  const storage = storageManager();
  if (!storage?.persisted) return 'unsupported';
  return (await storage.persisted()) ? 'granted' : 'denied';
}

export async function requestPersistence(): Promise<PersistenceState> {
  const storage = storageManager();
  if (!storage?.persist) return 'unsupported';
  try {
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

/**
 * Ask once, on the first start on this device. Asking at every start would nag in browsers
 * that show a prompt (Firefox); Settings offers a button to ask again.
 */
export async function requestPersistenceOnFirstStart(): Promise<void> {
  try {
    if (localStorage.getItem(REQUESTED_KEY)) return;
    localStorage.setItem(REQUESTED_KEY, new Date().toISOString());
  } catch {
    return; // Without storage we cannot tell "first start" apart; Settings still offers it.
  }
  if ((await queryPersistence()) === 'denied') await requestPersistence();
}

export async function estimateUsage(): Promise<StorageUsage | null> {
  const storage = storageManager();
  if (!storage?.estimate) return null;
  try {
    const { usage, quota } = await storage.estimate();
    if (usage === undefined || quota === undefined) return null;
    return { usageBytes: usage, quotaBytes: quota };
  } catch {
    return null;
  }
}
