import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupFileError, decryptToFile, newBackupKey, readBackupHeader, writeEncrypted } from '../../src/server/backup/backup-file.ts';
import { makeTempDir } from './helpers.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const key = Buffer.alloc(32, 1);

async function encrypted(content: Buffer, chunk = 7777): Promise<{ dir: string; file: string }> {
  const dir = makeTempDir('backup-file');
  dirs.push(dir);
  const file = join(dir, 'x.backup');
  const pieces = Array.from({ length: Math.ceil(content.length / chunk) }, (_, i) => content.subarray(i * chunk, (i + 1) * chunk));
  await writeEncrypted(Readable.from(pieces), file, key, 'sqlite');
  return { dir, file };
}

describe('the backup file format', () => {
  it('is magic, version, content kind, key id, nonce, ciphertext and tag, and decrypts back exactly', async () => {
    const content = randomBytes(100_000);
    const { dir, file } = await encrypted(content);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8).toString('ascii')).toBe('SPTLBKP1');
    expect([bytes[8], bytes[9]]).toEqual([1, 1]);
    expect(bytes.length).toBe(30 + content.length + 16);
    expect(bytes.includes(content.subarray(0, 64))).toBe(false);
    await decryptToFile(file, key, join(dir, 'back'));
    expect(readFileSync(join(dir, 'back')).equals(content)).toBe(true);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it('uses a fresh nonce each time, so the same content never encrypts the same', async () => {
    const content = Buffer.from('the same database');
    const [a, b] = [await encrypted(content), await encrypted(content)];
    expect(readFileSync(a.file).subarray(18).equals(readFileSync(b.file).subarray(18))).toBe(false);
  });

  it('takes an empty content', async () => {
    const { dir, file } = await encrypted(Buffer.alloc(0));
    await decryptToFile(file, key, join(dir, 'back'));
    expect(readFileSync(join(dir, 'back')).length).toBe(0);
  });

  it('tells a wrong key from an altered file, and leaves no output for either', async () => {
    const { dir, file } = await encrypted(randomBytes(5000));
    await expect(decryptToFile(file, Buffer.alloc(32, 2), join(dir, 'out'))).rejects.toThrow('BACKUP_KEY is not the key this backup was made with');
    const bytes = readFileSync(file);
    for (const offset of [20 /* nonce */, 31 /* ciphertext */, bytes.length - 3 /* tag */]) {
      const altered = Buffer.from(bytes);
      altered[offset]! ^= 0x80;
      writeFileSync(file, altered);
      await expect(decryptToFile(file, key, join(dir, 'out'))).rejects.toThrow(/is damaged or was altered/);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    }
    writeFileSync(file, bytes.subarray(0, bytes.length - 1));
    await expect(decryptToFile(file, key, join(dir, 'out'))).rejects.toThrow(BackupFileError);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a file that is not a backup, and one of an unknown format version', async () => {
    const { file } = await encrypted(Buffer.from('x'));
    const bytes = readFileSync(file);
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0'), randomBytes(100)]));
    await expect(readBackupHeader(file, key)).rejects.toThrow(/is not a Sportello backup/);
    bytes[8] = 2;
    writeFileSync(file, bytes);
    await expect(readBackupHeader(file, key)).rejects.toThrow(/is a backup of format 2, which this version of Sportello cannot read/);
  });

  it('makes keys of 32 random bytes in base64', () => {
    const [a, b] = [newBackupKey(), newBackupKey()];
    expect(a).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a, 'base64')).toHaveLength(32);
    expect(a).not.toBe(b);
  });
});
