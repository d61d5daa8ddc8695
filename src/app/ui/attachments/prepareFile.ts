import { fileProblem, type FileProblem, type StoredFileType } from '../../../db/attachments.ts';

/**
 * Turns the file an operator picked (or the photo she took) into what is stored: a PDF as it
 * is; a photo re-encoded as JPEG with its long side at most 1600 px, so a 12-megapixel receipt
 * costs a few hundred kB of the tablet's storage and of the upload, not several MB. An image
 * already small enough, in a type the server accepts, is kept byte for byte.
 */
export const RECEIPT_MAX_SIDE = 1600;
export const RECEIPT_JPEG_QUALITY = 0.85;

export type PrepareProblem = FileProblem | 'image_unreadable';
export type Prepared = { blob: Blob; name: string } | { problem: PrepareProblem };

const KEPT_IMAGE_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'] satisfies StoredFileType[];

export async function prepareFile(file: File): Promise<Prepared> {
  if (file.type === 'application/pdf') return checked(file, file.name);
  if (!file.type.startsWith('image/')) return { problem: 'file_type' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { problem: 'image_unreadable' };
  }
  try {
    const { width, height } = bitmap;
    if (Math.max(width, height) <= RECEIPT_MAX_SIDE && KEPT_IMAGE_TYPES.includes(file.type)) return checked(file, file.name);
    const scale = Math.min(1, RECEIPT_MAX_SIDE / Math.max(width, height));
    const blob = await encodeJpeg(bitmap, Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
    if (!blob) return { problem: 'image_unreadable' };
    return checked(blob, jpegName(file.name));
  } finally {
    bitmap.close();
  }
}

function checked(blob: Blob, name: string): Prepared {
  const problem = fileProblem(blob);
  return problem ? { problem } : { blob, name };
}

/** "scontrino.HEIC" → "scontrino.jpg". */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]*$/, '').trim() || 'ricevuta';
  return `${base}.jpg`;
}

async function encodeJpeg(bitmap: ImageBitmap, width: number, height: number): Promise<Blob | null> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    draw(ctx, bitmap, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: RECEIPT_JPEG_QUALITY });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  draw(ctx, bitmap, width, height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', RECEIPT_JPEG_QUALITY));
}

function draw(ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D, bitmap: ImageBitmap, width: number, height: number) {
  // JPEG has no transparency: a transparent screenshot would otherwise turn black.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
}
