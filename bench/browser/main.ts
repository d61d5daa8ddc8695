import type { BenchApi } from './api.ts';
import { closeDesk, saveVisits, searchWhileTyping, seedPeople } from './deskBench.ts';
import { counts, firstRejection, login, openDevice, sync, writeForSync } from './syncBench.ts';

const api: BenchApi = { seedPeople, searchWhileTyping, saveVisits, closeDesk, openDevice, login, writeForSync, sync, counts, firstRejection };
window.__bench = api;
document.body.dataset.ready = 'true';
