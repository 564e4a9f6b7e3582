import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { LostEdits } from '@/components/contact/LostEdits';
import { getDb } from '@/lib/db';
import { setLanguage } from '@/lib/i18n';
import { RECORD_SCHEMA_VERSION } from '@/lib/sync';
import { clearSharedDb } from '../helpers';

/** What another device said, shown on the contact's page once a later edit replaced it. */
async function withLost(lost: { field: string; t: string; v?: unknown }[]) {
  await getDb().syncRecords.put({
    ref: 'contacts/profile:linkedin:ada',
    table: 'contacts',
    syncId: 'profile:linkedin:ada',
    localId: 7,
    doc: { schema: RECORD_SCHEMA_VERSION, table: 'contacts', id: 'profile:linkedin:ada', fields: {}, lost },
    pending: 0,
    edits: {},
  });
}

describe('LostEdits', () => {
  afterEach(async () => {
    setLanguage('en');
    await clearSharedDb();
    await getDb().syncRecords.clear();
  });

  test('lists each replaced value with its field, in English and in French; fields without a label are left out', async () => {
    await withLost([
      { field: 'location', t: '1796632764829-00001-aaaaaaaa', v: 'Lyon' },
      { field: 'tags', t: '1796632764829-00000-aaaaaaaa', v: ['rust', 'wasm'] },
      { field: 'corrected', t: '1796632764829-00002-aaaaaaaa', v: ['headline'] },
    ]);
    setLanguage('en');
    const { unmount } = render(<LostEdits contactId={7} />);
    const region = await screen.findByRole('region', { name: 'Edited on two devices' });
    expect([...region.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Location was also set to “Lyon” on another device; the later edit was kept.',
      'Tags was also set to “rust, wasm” on another device; the later edit was kept.',
    ]);
    unmount();
    setLanguage('fr');
    render(<LostEdits contactId={7} />);
    const fr = await screen.findByRole('region', { name: 'Modifié sur deux appareils' });
    expect(fr.querySelector('li')?.textContent).toBe(
      'Lieu a aussi reçu la valeur «\u00a0Lyon\u00a0» sur un autre appareil\u202f; la modification la plus récente a été gardée.',
    );
  });

  test('renders nothing for a contact without a replaced value', async () => {
    const { container } = render(<LostEdits contactId={8} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container.innerHTML).toBe('');
  });
});
