import { IDBDatabase } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDraft, writeDraft } from '../../../../src/db/drafts.ts';
import { draftSaver, SAVE_DELAY_MS } from '../../../../src/app/ui/form/draftSaver.ts';
import { testDevice } from '../../../db/helpers.ts';

/** The autosave behind every record form: what reaches the device, and when. */
type Form = { name: string };
const pristine: Form = { name: '' };

// Only the autosave's pause is faked; IndexedDB (fake-indexeddb) keeps its own scheduling.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/**
 * What a reload does to the page's IndexedDB work: Chromium commits a transaction the page did
 * not commit itself only after the page has had its requests' answers, and a page torn down
 * first loses it. Call before the database opens (Dexie keeps `transaction` bound from then);
 * `goes()` aborts every transaction not committed yet.
 */
function pageTeardown() {
  const opened: IDBTransaction[] = [];
  const transaction = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args) {
    const tx = transaction.apply(this, args);
    opened.push(tx);
    return tx;
  });
  return {
    goes() {
      for (const tx of opened) {
        try {
          tx.abort();
        } catch {
          // Committing or finished: the browser completes it without the page.
        }
      }
    },
  };
}

function open(key = 'desk.register') {
  const device = testDevice();
  const { db } = device;
  const saved: string[] = [];
  const saver = draftSaver<Form>(db, key, 2, (at) => saved.push(at));
  const stored = async () => (await readDraft<Form>(db, key, 2))?.form;
  return { db, device, saver, saved, stored };
}

describe('the autosave of a form', () => {
  it('writes the form a short pause after she stops typing, and says when', async () => {
    const { db, saver, saved, stored } = open();
    vi.setSystemTime(new Date('2026-03-10T09:30:00.000Z'));
    saver.changed({ name: 'A' }, pristine);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 50);
    saver.changed({ name: 'Am' }, pristine);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 50);
    expect(await stored()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(50);
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(await stored()).toEqual({ name: 'Am' });
    // Written when the pause after the last change ended; the "draft saved" note shows that time.
    const at = new Date(Date.parse('2026-03-10T09:30:00.000Z') + 2 * SAVE_DELAY_MS - 50).toISOString();
    expect(saved).toEqual([at]);
    expect((await readDraft(db, 'desk.register', 2))?.savedAt).toBe(at);
  });

  it('leaves no draft once the form is back as it started', async () => {
    const { db, saver, saved, stored } = open();
    await writeDraft(db, 'desk.register', 2, { name: 'Am' }, '2026-03-10T09:00:00.000Z');
    saver.changed({ name: '' }, pristine);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await vi.waitFor(async () => expect(await stored()).toBeUndefined());
    expect(saved).toEqual([]);
  });

  it('writes at once on flush (the page is hidden), and nothing when nothing is waiting', async () => {
    const { saver, saved, stored } = open();
    await saver.flush();
    expect(saved).toEqual([]);
    saver.changed({ name: 'Amina' }, pristine);
    await saver.flush();
    expect(await stored()).toEqual({ name: 'Amina' });
    expect(saved).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(saved).toHaveLength(1);
  });

  it('keeps what the hide-time flush wrote when the page goes right after (a reload mid-typing)', async () => {
    const teardown = pageTeardown();
    const { device, saver, stored } = open();
    expect(await stored()).toBeUndefined(); // the form read its draft when it opened: none
    // Typing with no pause long enough for the autosave: nothing is written before the reload.
    saver.changed({ name: 'Amina' }, pristine);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 100);
    saver.changed({ name: 'Amina Bello' }, pristine);
    expect(await stored()).toBeUndefined();
    // The reload: pagehide flushes, then the page is torn down before any answer reaches it.
    const flushed = saver.flush();
    teardown.goes();
    await expect(flushed).resolves.toBeUndefined();
    expect((await readDraft<Form>(device.reopen(), 'desk.register', 2))?.form).toEqual({ name: 'Amina Bello' });
  });

  it('after finish (saved, or discarded) deletes the draft and writes nothing more', async () => {
    const { saver, saved, stored } = open();
    saver.changed({ name: 'Amina' }, pristine);
    await saver.flush();
    saver.changed({ name: 'Amina B' }, pristine);
    await saver.finish();
    expect(await stored()).toBeUndefined();
    saver.changed({ name: 'Amina Bello' }, pristine);
    await saver.flush();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(await stored()).toBeUndefined();
    expect(saved).toHaveLength(1);
  });

  it('keeps each form to its own key', async () => {
    const { db, saver } = open('desk.visit.p1');
    saver.changed({ name: 'x' }, pristine);
    await saver.flush();
    expect((await readDraft<Form>(db, 'desk.visit.p1', 2))?.form).toEqual({ name: 'x' });
    expect(await readDraft(db, 'desk.visit.p2', 2)).toBeUndefined();
  });
});
