/**
 * The bytes of attachment files, uploaded in chunks. The attachment's metadata is a synced
 * record (RecordsTx); this holds only its content.
 */
export interface AttachmentsTx {
  /** Makes transactions that change one attachment's bytes take turns, until this one ends. */
  lockAttachment(id: string): Promise<void>;
  /** How many bytes of the attachment's file the server holds. */
  attachmentReceived(id: string): Promise<number>;
  putAttachmentChunk(id: string, start: number, bytes: Uint8Array): Promise<void>;
  /** The attachment's bytes received so far, in order. */
  readAttachment(id: string): Promise<Uint8Array<ArrayBuffer>>;
  deleteAttachmentContent(id: string): Promise<void>;
}
