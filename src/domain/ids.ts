import { v7 as uuidv7 } from 'uuid';

/** Record ids are made on the device: UUIDv7, so they sort by creation time and never collide. */
export function newId(): string {
  return uuidv7();
}

export const ID_PATTERN = /^[0-9a-z][0-9a-z-]{0,63}$/;
