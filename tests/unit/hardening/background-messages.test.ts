import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';

/**
 * The background's `runtime.onMessage` listener, driven through WXT's
 * fakeBrowser: only Guild's own extension pages, only protocol shapes;
 * anything else is rejected, logged, and causes no work at all.
 */

const ownId = fakeBrowser.runtime.id;
const ownPage = fakeBrowser.runtime.getURL('/sidepanel.html');

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

describe('background message listener', () => {
  // fakeBrowser has no `commands`: capture the listener to drive it by hand.
  let onCommand: ((command: string, tab?: { windowId?: number }) => void) | undefined;
  beforeAll(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
      onCommand = listener as typeof onCommand;
    });
    background.main();
  });

  let warn: ReturnType<typeof vi.spyOn>;
  let tabsGet: ReturnType<typeof vi.spyOn>;
  let tabsQuery: ReturnType<typeof vi.spyOn>;
  let badge: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    tabsGet = vi.spyOn(fakeBrowser.tabs, 'get');
    tabsQuery = vi.spyOn(fakeBrowser.tabs, 'query');
    badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
  });
  afterEach(() => vi.restoreAllMocks());

  /** The listener's answers (fakeBrowser returns one per listener). */
  const send = (raw: unknown, sender: Sender) => fakeBrowser.runtime.onMessage.trigger(raw, sender);
  const noWork = () => {
    expect(tabsGet).not.toHaveBeenCalled();
    expect(tabsQuery).not.toHaveBeenCalled();
    expect(badge).not.toHaveBeenCalled();
  };

  test("a protocol message from Guild's own page is handled", async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/jane/' });
    const answers = await send({ type: 'badge:refresh', tabId: tab.id }, { id: ownId, url: ownPage });
    expect(answers).toContainEqual({ ok: true });
    expect(badge).toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  const rejected: [string, unknown, Sender, string][] = [
    [
      'another extension',
      { type: 'badge:refresh' },
      { id: 'evil-extension', url: 'chrome-extension://evil-extension/x.html' },
      'foreign sender',
    ],
    ['no sender id', { type: 'badge:refresh' }, { url: ownPage }, 'foreign sender'],
    [
      'a web page (content script of our id, with a tab)',
      { type: 'badge:refresh' },
      {
        id: ownId,
        url: 'https://www.linkedin.com/in/jane/',
        tab: { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
      },
      'not an extension page',
    ],
    [
      'an origin that only starts like ours',
      { type: 'badge:refresh' },
      { id: ownId, url: ownPage.replace(/\/sidepanel.html$/, '.evil.example/') },
      'not an extension page',
    ],
    ['no sender URL', { type: 'badge:refresh' }, { id: ownId }, 'not an extension page'],
    ['an unknown type', { type: 'db:drop' }, { id: ownId, url: ownPage }, 'malformed message'],
    [
      'a wrong field type',
      { type: 'badge:refresh', tabId: '1; drop' },
      { id: ownId, url: ownPage },
      'malformed message',
    ],
    [
      'a fractional tab id',
      { type: 'badge:refresh', tabId: 1.5 },
      { id: ownId, url: ownPage },
      'malformed message',
    ],
    ['not an object', 'badge:refresh', { id: ownId, url: ownPage }, 'malformed message'],
    ['null', null, { id: ownId, url: ownPage }, 'malformed message'],
    [
      'a prototype-polluting shape',
      JSON.parse('{"__proto__":{"type":"badge:refresh"}}'),
      { id: ownId, url: ownPage },
      'malformed message',
    ],
  ];

  test.each(rejected)('rejects and logs %s, doing no work', async (_case, raw, sender, why) => {
    const answers = await send(raw, sender);
    expect(answers.every((a) => a === undefined)).toBe(true);
    expect(warn).toHaveBeenCalledWith('Guild: rejected a message:', why);
    noWork();
  });

  test('an unknown field on a known type is dropped, not passed on', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/jane' });
    const answers = await send(
      { type: 'badge:refresh', tabId: tab.id, extra: '<script>' },
      { id: ownId, url: ownPage },
    );
    expect(answers).toContainEqual({ ok: true });
  });

  test('an unknown keyboard command does nothing', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    onCommand?.('drop-everything', { windowId: 1 });
    onCommand?.('', undefined);
    await Promise.resolve();
    expect(onCommand).toBeTypeOf('function');
    expect(set).not.toHaveBeenCalled();
  });
});
