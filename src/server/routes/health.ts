import type { Hono } from 'hono';
import type { AppEnv } from '../auth/middleware.ts';
import type { Storage } from '../storage/storage.ts';

export interface HealthResponse {
  status: 'ok';
  version: string;
  storage: Storage['kind'];
}

export function healthRoutes(api: Hono<AppEnv>, deps: { storage: Storage; version: string }): void {
  api.get('/health', (c) => {
    const body: HealthResponse = { status: 'ok', version: deps.version, storage: deps.storage.kind };
    return c.json(body);
  });
}
