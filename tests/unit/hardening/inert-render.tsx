import { act, cleanup, render, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { PanelApp } from '@/components/panel/PanelApp';
import { getDb, saveFromSnapshot } from '@/lib/db';
import type { ReadResult } from '@/lib/profiles/snapshot';
import { fakeAccess } from '../components/panel-fake-access';

/**
 * Render a reader result through the real side panel (happy-dom) and check
 * nothing in it can execute: every field is text, never markup.
 */

/** Same result with every text field replaced by plain words: what the panel should look like. */
export function benignTwin(result: ReadResult): ReadResult {
  if (!result.ok) return result;
  const s = result.snapshot;
  const plain = (v: string | undefined, w: string) => (v === undefined ? undefined : w);
  return {
    ok: true,
    snapshot: {
      ...s,
      name: 'Plain Name',
      headline: plain(s.headline, 'Plain headline'),
      company: plain(s.company, 'Plain company'),
      position: plain(s.position, 'Plain position'),
      location: plain(s.location, 'Plain location'),
    },
  };
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data'];

/** Render, wait until the panel settled, return its element shape and check it is inert. */
export async function renderInert(url: string, result: ReadResult, saved: boolean): Promise<string[]> {
  const db = getDb();
  await db.contacts.clear();
  if (saved && result.ok) await saveFromSnapshot(db, result.snapshot);
  const { container } = render(<PanelApp access={fakeAccess(url, result)} />);
  await waitFor(() => {
    expect(container.querySelector('article.profile, .read-failed, [role="alert"]')).not.toBeNull();
    // An unsaved person shows the save button; a saved one their card (no "new" status).
    if (result.ok)
      expect(container.querySelector('[data-testid="saved-status"], .contact-card, section')).not.toBeNull();
  });
  // Let live queries and effects settle, so what we check is what stays on screen.
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  const elements = [...container.querySelectorAll('*')];
  expect(container.querySelector('script, iframe, embed, object, style, link, meta, base, img')).toBeNull();
  for (const element of elements) {
    for (const attribute of element.getAttributeNames()) {
      expect(attribute.startsWith('on'), `<${element.tagName}> has ${attribute}`).toBe(false);
      if (URL_ATTRIBUTES.includes(attribute)) {
        const value = element.getAttribute(attribute) ?? '';
        expect(/^\s*(javascript|data|vbscript):/i.test(value), `${attribute}=${value}`).toBe(false);
      }
    }
  }
  if (result.ok) expect(container.textContent).toContain(result.snapshot.name.slice(0, 40));
  const shape = [...new Set(elements.map((e) => e.tagName.toLowerCase()))].sort();
  cleanup();
  return shape;
}
