import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * The encrypted backup file (docs/architecture.md, "Server storage"):
 *
 *   offset  size  field
 *   0       8     magic "SPTLBKP1"
 *   8       1     format version, 1
 *   9       1     content: 1 a SQLite database file, 2 a pg_dump custom-format archive
 *   10      8     key id: the first 8 bytes of SHA-256("sportello backup key id" ‖ key)
 *   18      12    nonce, random per file
 *   30      n     AES-256-GCM ciphertext of the content
 *   30+n    16    GCM tag
 *
 * The 30 header bytes are the GCM additional data, so an altered header fails like altered
 * content. The key id only lets a wrong key be told apart from a damaged file. Both ways are
 * streamed, so a large database is never held in memory. (One GCM message holds up to 64 GiB.)
 */
const MAGIC = Buffer.from('SPTLBKP1', 'ascii');
const FORMAT_VERSION = 1;
const HEADER_BYTES = 30;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export const BACKUP_CONTENT = { sqlite: 1, pgDump: 2 } as const;
export type BackupContent = keyof typeof BACKUP_CONTENT;

/** A backup that cannot be read: not one of ours, another key, or altered. The message names no secret. */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

export function newBackupKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

function keyId(key: Buffer): Buffer {
  return createHash('sha256').update('sportello backup key id').update(key).digest().subarray(0, 8);
}

function header(content: BackupContent, key: Buffer, nonce: Buffer): Buffer {
  return Buffer.concat([MAGIC, Buffer.from([FORMAT_VERSION, BACKUP_CONTENT[content]]), keyId(key), nonce]);
}

/**
 * Encrypts `source` into `file`. It is written as `file.partial` first and renamed only once
 * `confirm` (e.g. the dump tool's exit status) resolves, so a failed backup never leaves a file
 * that looks whole.
 */
export async function writeEncrypted(
  source: AsyncIterable<Buffer>,
  file: string,
  key: Buffer,
  content: BackupContent,
  confirm: () => Promise<void> = async () => {},
): Promise<void> {
  const nonce = randomBytes(12);
  const head = header(content, key, nonce);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(head);
  const partial = `${file}.partial`;
  try {
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<Buffer>) {
        yield head;
        for await (const chunk of chunks) yield cipher.update(chunk);
        yield cipher.final();
        yield cipher.getAuthTag();
      },
      createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
    );
    await confirm();
    await rename(partial, file);
  } catch (error) {
    if (!isExisting(error)) await rm(partial, { force: true });
    throw error;
  }
}

/** 'wx' found the file there already: it is someone else's, not ours to remove. */
const isExisting = (error: unknown): boolean => (error as { code?: unknown }).code === 'EEXIST';

/** What a backup holds, read from its header; checks the key before any byte is decrypted. */
export async function readBackupHeader(file: string, key: Buffer | undefined): Promise<{ content: BackupContent; size: number }> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(HEADER_BYTES);
    await handle.read(head, 0, HEADER_BYTES, 0);
    if (size < HEADER_BYTES + TAG_BYTES || !head.subarray(0, 8).equals(MAGIC)) {
      throw new BackupFileError(`${file} is not a Sportello backup.`);
    }
    if (head[8] !== FORMAT_VERSION) throw new BackupFileError(`${file} is a backup of format ${head[8]}, which this version of Sportello cannot read.`);
    const content = (Object.keys(BACKUP_CONTENT) as BackupContent[]).find((name) => BACKUP_CONTENT[name] === head[9]);
    if (!content) throw new BackupFileError(`${file} holds an unknown kind of content (${head[9]}).`);
    if (!key) throw new BackupFileError('BACKUP_KEY is not set: give the key the backup was made with.');
    if (!head.subarray(10, 18).equals(keyId(key))) {
      throw new BackupFileError('BACKUP_KEY is not the key this backup was made with. Nothing was restored.');
    }
    return { content, size };
  } finally {
    await handle.close();
  }
}

/**
 * Decrypts `file` into `target` (which must not exist). GCM authenticates only at the end, so
 * the plaintext goes to `target` as it comes and `target` is removed if the tag does not match:
 * an altered file leaves nothing behind.
 */
export async function decryptToFile(file: string, key: Buffer, target: string): Promise<BackupContent> {
  const { content, size } = await readBackupHeader(file, key);
  const handle = await open(file, 'r');
  const head = Buffer.alloc(HEADER_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    await handle.read(head, 0, HEADER_BYTES, 0);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await handle.close();
  }
  const decipher = createDecipheriv('aes-256-gcm', key, head.subarray(18, 30));
  decipher.setAAD(head);
  decipher.setAuthTag(tag);
  // `end` is inclusive; an empty ciphertext reads nothing.
  const ciphertext: AsyncIterable<Buffer> =
    size - TAG_BYTES > HEADER_BYTES ? createReadStream(file, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 }) : Readable.from([]);
  try {
    await pipeline(
      ciphertext,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) yield decipher.update(chunk);
        try {
          yield decipher.final();
        } catch {
          throw new BackupFileError(`${file} is damaged or was altered: its content does not match its tag. Nothing was restored.`);
        }
      },
      createWriteStream(target, { flags: 'wx', mode: 0o600 }),
    );
  } catch (error) {
    if (!isExisting(error)) await rm(target, { force: true });
    throw error;
  }
  return content;
}
