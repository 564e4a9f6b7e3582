import { browser } from 'wxt/browser';
import { MessageSchema, type Message, type ResponseOf } from './protocol';

export * from './protocol';

/** Send a typed message to the background. */
export async function sendMessage<M extends Message>(message: M): Promise<ResponseOf<M>> {
  return (await browser.runtime.sendMessage(MessageSchema.parse(message))) as ResponseOf<M>;
}

interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Accept a message only from Guild's own extension pages (same id, an
 * extension URL) and only in a shape the protocol allows.
 */
export function acceptMessage(
  raw: unknown,
  sender: Sender,
  ownId: string,
  ownOrigin: string,
): { ok: true; message: Message } | { ok: false; why: string } {
  if (sender.id !== ownId) return { ok: false, why: 'foreign sender' };
  if (!sender.url?.startsWith(ownOrigin)) return { ok: false, why: 'not an extension page' };
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, why: 'malformed message' };
  return { ok: true, message: parsed.data };
}
