import { describe, expect, test } from 'vitest';
import { acceptMessage } from '@/lib/messaging/index';

const own = { id: 'guild', origin: 'chrome-extension://guild/' };
const accept = (raw: unknown, sender: { id?: string; url?: string }) =>
  acceptMessage(raw, sender, own.id, own.origin);

describe('message protocol', () => {
  test('accepts a well-formed message from an extension page', () => {
    expect(
      accept(
        { type: 'badge:refresh', tabId: 3 },
        { id: 'guild', url: 'chrome-extension://guild/sidepanel.html' },
      ),
    ).toEqual({
      ok: true,
      message: { type: 'badge:refresh', tabId: 3 },
    });
  });
  test('rejects another extension, a web page and unknown shapes', () => {
    expect(accept({ type: 'badge:refresh' }, { id: 'evil', url: 'chrome-extension://evil/' })).toMatchObject({
      ok: false,
    });
    expect(
      accept({ type: 'badge:refresh' }, { id: 'guild', url: 'https://www.linkedin.com/feed/' }),
    ).toMatchObject({ ok: false });
    expect(
      accept({ type: 'drop-database' }, { id: 'guild', url: 'chrome-extension://guild/x.html' }),
    ).toMatchObject({ ok: false });
    expect(
      accept({ type: 'badge:refresh', tabId: 'x' }, { id: 'guild', url: 'chrome-extension://guild/x.html' }),
    ).toMatchObject({ ok: false });
  });
});
