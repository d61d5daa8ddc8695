import type { SportelloDb } from '../db/database.ts';
import { forgetViews, viewsToSend } from '../db/auditViews.ts';
import { loadSession } from '../db/session.ts';
import { MAX_VIEW_BATCH, viewAnswerSchema, viewSchema } from '../domain/sync/audit.ts';
import type { Transport } from './transport.ts';

/**
 * Sends the person pages opened on this device to the server's audit log (docs/architecture.md,
 * "A sync round"), a batch at a time, only those of the user logged in now (src/db/auditViews.ts
 * says why). A view leaves the queue only once the server answered it: a lost answer leaves it
 * for the next round, and the server keeps it once. Returns how many the server recorded.
 */
export async function sendViews(db: SportelloDb, transport: Transport, batchSize = MAX_VIEW_BATCH): Promise<number> {
  const session = await loadSession(db);
  if (!session) return 0;
  let recorded = 0;
  let after: string | null = null;
  for (;;) {
    const { ready, last } = await viewsToSend(db, session.user.id, after, batchSize);
    if (last === null) return recorded;
    after = last;
    const views = ready.map(({ id, personId, at }) => ({ id, personId, at }));
    // A row the server's schema refuses (none this app writes) would fail every batch, and with it every round: dropped.
    const unsendable = new Set(views.filter((view) => !viewSchema.safeParse(view).success).map((view) => view.id));
    if (unsendable.size > 0) {
      console.warn(`${unsendable.size} queued views could not be sent and were dropped`);
      await forgetViews(db, [...unsendable]);
    }
    const sendable = views.filter((view) => !unsendable.has(view.id));
    if (sendable.length === 0) continue;
    const answer = await transport.request('POST', '/api/audit/views', viewAnswerSchema, { views: sendable });
    // Only answers to views of this batch count.
    const sent = new Set(sendable.map((view) => view.id));
    const answered = [...answer.recorded, ...answer.refused.map((refusal) => refusal.id)].filter((id) => sent.has(id));
    await forgetViews(db, answered);
    recorded += answer.recorded.filter((id) => sent.has(id)).length;
  }
}
