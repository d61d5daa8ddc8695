/** What the bench page exposes on `window.__bench`, for page.evaluate calls from Node. */
export interface SeedResult {
  count: number;
  generateMs: number;
  /** How many of the generated people were checked with personSchema, and how long that took. */
  validated: number;
  validateMs: number;
  localFieldsMs: number;
  insertMs: number;
  /** Rows per second of each bulkAdd chunk, in order. */
  chunkRates: number[];
  keysPerPerson: number;
  sampleCodiceFiscale: string;
}

export interface Keystroke {
  query: string;
  prefix: string;
  ms: number;
  hits: number;
}

export interface WriteResult {
  ms: number;
  people: number;
  visits: number;
}

export interface SyncTiming {
  totalMs: number;
  pushMs: number;
  pullMs: number;
  /** Time spent waiting for the server's answers (HTTP + server work), per phase. */
  pushWaitMs: number;
  pullWaitMs: number;
  pushed: number;
  pulled: number;
  pushRequests: number;
  pullRequests: number;
  rejected: number;
}

export interface DeviceCounts {
  people: number;
  visits: number;
  outbox: number;
}

export interface BenchApi {
  seedPeople(count: number, chunkSize: number): Promise<SeedResult>;
  searchWhileTyping(queries: string[], limit: number, desk?: boolean): Promise<Keystroke[]>;
  saveVisits(count: number): Promise<number[]>;
  closeDesk(): Promise<void>;
  openDevice(name: string): Promise<string>;
  login(username: string, password: string): Promise<{ status: number; userId?: string; body: string }>;
  writeForSync(count: number, peopleShare: number, operatorId: string, siteId: string, chunkSize: number): Promise<WriteResult>;
  sync(): Promise<SyncTiming>;
  counts(): Promise<DeviceCounts>;
  firstRejection(): Promise<string | undefined>;
}

declare global {
  interface Window {
    __bench: BenchApi;
  }
}
