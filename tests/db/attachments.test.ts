import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  attachmentBlob, attachmentsOf, attachReceipt, fileProblem, FileRefusedError, sha256Hex,
} from '../../src/db/attachments.ts';
import { grantsAwaitingReceipt, GrantRefusedError, moveGrant, proposeGrant } from '../../src/db/grants.ts';
import { getRecord } from '../../src/db/repository.ts';
import { ATTACHMENT_MAX_BYTES } from '../../src/domain/records/attachment.ts';
import { author, testDevice, type TestDevice } from './helpers.ts';
import { addPathway, addPerson } from './pathwaySeed.ts';

const devices: TestDevice[] = [];
function device(): TestDevice {
  const d = testDevice();
  devices.push(d);
  return d;
}
afterEach(() => {
  for (const d of devices.splice(0)) d.db.close();
});

const bytes = (n: number, seed = 7) => Uint8Array.from({ length: n }, (_, i) => (i * seed) % 251);

async function paidGrant(d: TestDevice) {
  const who = author();
  const p = await addPathway(d.db, who, (await addPerson(d.db, who)).id);
  const g = await proposeGrant(d.db, who, 'operator', p.id, { amountCents: 25_000, expenseType: 'newborn_kit', proposedOn: '2026-02-01' });
  await moveGrant(d.db, who, 'coordinator', g.id, 'approved');
  await moveGrant(d.db, who, 'coordinator', g.id, 'paid');
  return { who, grant: g };
}

describe('fileProblem', () => {
  it.each([
    [{ type: 'image/jpeg', size: 1 }, null],
    [{ type: 'application/pdf', size: ATTACHMENT_MAX_BYTES }, null],
    [{ type: 'application/pdf', size: ATTACHMENT_MAX_BYTES + 1 }, 'file_too_large'],
    [{ type: 'image/gif', size: 10 }, 'file_type'],
    [{ type: 'application/msword', size: 10 }, 'file_type'],
    [{ type: '', size: 10 }, 'file_type'],
    [{ type: 'image/png', size: 0 }, 'file_empty'],
  ])('%o → %s', (file, expected) => {
    expect(fileProblem(file)).toBe(expected);
  });
});

describe('attaching a receipt', () => {
  it('writes the attachment record, its bytes and the grant’s receipt list together, with one outbox row each', async () => {
    const d = device();
    const { who, grant } = await paidGrant(d);
    const data = bytes(5000);
    const blob = new Blob([data], { type: 'image/jpeg' });
    const outboxBefore = await d.db.outbox.count();

    const { attachment, grant: updated } = await attachReceipt(d.db, who, grant.id, { blob, name: 'scontrino.jpg' });

    expect(attachment).toMatchObject({
      ownerTable: 'grants', ownerId: grant.id, name: 'scontrino.jpg', mimeType: 'image/jpeg', size: 5000, siteId: grant.siteId,
      sha256: createHash('sha256').update(data).digest('hex'),
    });
    expect(updated.receiptAttachmentIds).toEqual([attachment.id]);
    expect((await getRecord(d.db, 'grants', grant.id))!.receiptAttachmentIds).toEqual([attachment.id]);
    const stored = await attachmentBlob(d.db, attachment.id);
    expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(data);
    expect((await d.db.attachmentBlobs.get(attachment.id))!.uploaded).toBeUndefined();
    expect((await attachmentsOf(d.db, grant.id)).map((a) => a.id)).toEqual([attachment.id]);
    const rows = (await d.db.outbox.orderBy('seq').toArray()).slice(outboxBefore);
    expect(rows.map((r) => [r.table, r.op])).toEqual([['attachments', 'create'], ['grants', 'update']]);

    // With a receipt the grant can be accounted for, and no longer waits for one.
    expect(await grantsAwaitingReceipt(d.db, who.operatorId)).toEqual([]);
    expect((await moveGrant(d.db, who, 'coordinator', grant.id, 'accounted')).status).toBe('accounted');
  });

  it('writes nothing at all when the grant update fails (one transaction)', async () => {
    const d = device();
    const { who, grant } = await paidGrant(d);
    // Ten receipts is the most a grant holds: the eleventh fails the grant's validation.
    for (let i = 0; i < 10; i++) await attachReceipt(d.db, who, grant.id, { blob: new Blob([bytes(10, i + 1)], { type: 'application/pdf' }), name: `r${i}.pdf` });
    const counts = async () => [await d.db.attachments.count(), await d.db.attachmentBlobs.count(), await d.db.outbox.count()];
    const before = await counts();
    const error = await attachReceipt(d.db, who, grant.id, { blob: new Blob([bytes(10)], { type: 'application/pdf' }), name: 'r10.pdf' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await counts()).toEqual(before);
    expect((await getRecord(d.db, 'grants', grant.id))!.receiptAttachmentIds).toHaveLength(10);
  });

  it('refuses a file that is not an image or a PDF, or is over 10 MB, before writing anything', async () => {
    const d = device();
    const { who, grant } = await paidGrant(d);
    const before = await d.db.outbox.count();
    await expect(attachReceipt(d.db, who, grant.id, { blob: new Blob(['ciao'], { type: 'text/plain' }), name: 'nota.txt' }))
      .rejects.toEqual(new FileRefusedError('file_type'));
    const big = new Blob([new Uint8Array(ATTACHMENT_MAX_BYTES + 1)], { type: 'application/pdf' });
    const error = await attachReceipt(d.db, who, grant.id, { blob: big, name: 'grande.pdf' }).catch((e: unknown) => e);
    expect((error as FileRefusedError).problem).toBe('file_too_large');
    expect(await d.db.attachments.count()).toBe(0);
    expect(await d.db.attachmentBlobs.count()).toBe(0);
    expect(await d.db.outbox.count()).toBe(before);
  });

  it('refuses a receipt on a cancelled grant', async () => {
    const d = device();
    const who = author();
    const p = await addPathway(d.db, who, (await addPerson(d.db, who)).id);
    const g = await proposeGrant(d.db, who, 'operator', p.id, { amountCents: 100, expenseType: 'school_fees', proposedOn: '2026-02-01' });
    await moveGrant(d.db, who, 'coordinator', g.id, 'cancelled');
    await expect(attachReceipt(d.db, who, g.id, { blob: new Blob([bytes(5)], { type: 'image/png' }), name: 'x.png' }))
      .rejects.toBeInstanceOf(GrantRefusedError);
    expect(await d.db.attachmentBlobs.count()).toBe(0);
  });

  it('hashes like the server does', async () => {
    expect(await sha256Hex(new Blob(['ricevuta']))).toBe(createHash('sha256').update('ricevuta').digest('hex'));
  });
});
