import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SnippetComposer } from '@/components/snippets/SnippetComposer';
import { setLanguage } from '@/lib/i18n';
import { builtinTemplates, renderTemplate, templateHash, type Template } from '@/lib/snippets';
import type { CopyLog } from '@/lib/schemas/feedback';

const NOW = 1_000 * 86_400_000;

function setup(over: Partial<Parameters<typeof SnippetComposer>[0]> = {}, language: 'en' | 'fr' = 'en') {
  const copied: string[] = [];
  const onCopied = vi.fn(() => true);
  render(
    <SnippetComposer
      templates={builtinTemplates(language)}
      initialRef="builtin:share-resource"
      values={{ resourceTitle: 'Profiling React', resourceUrl: 'https://example.org/perf' }}
      contactId={7}
      recentCopies={[]}
      now={() => NOW}
      writeClipboard={async (text) => {
        copied.push(text);
      }}
      onCopied={onCopied}
      {...over}
    />,
  );
  return { copied, onCopied };
}

afterEach(() => setLanguage('en'));

describe('snippet composer', () => {
  test('a missing first name blocks copying until it is filled inline; then the exact text is copied', async () => {
    const { copied, onCopied } = setup();
    const copy = screen.getByRole('button', { name: 'Copy' });
    expect((copy as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Fill in the empty parts to copy the message.')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Message preview' }).textContent).toContain(
      '[Their first name]',
    );

    fireEvent.change(screen.getByLabelText('Their first name'), { target: { value: 'Camille' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Copied, and logged in their history'),
    );
    expect(copied).toEqual([
      'Hi Camille,\n\nI came across “Profiling React” and thought of you.\nhttps://example.org/perf',
    ]);
    expect(onCopied).toHaveBeenCalledWith(expect.objectContaining({ text: copied[0] }));
  });

  test('an optional placeholder is offered as optional, and its line appears once filled', async () => {
    const { copied } = setup({
      values: { firstName: 'Ana', resourceTitle: 'T', resourceUrl: 'https://e.org' },
    });
    fireEvent.change(screen.getByLabelText('Their project (optional)'), { target: { value: 'your CLI' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toContain('It could be useful for your CLI.');
  });

  test('switching template with the keyboard-friendly select shows the new message', () => {
    setup({ values: { firstName: 'Ana', news: 'your new role' } });
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'builtin:congratulate' } });
    expect(screen.getByRole('group', { name: 'Message preview' }).textContent).toBe(
      "Congratulations on your new role, Ana! Well deserved. I'd love to hear how it goes.",
    );
  });

  test('the same text to a fourth person this week warns before copying; "Copy anyway" copies', async () => {
    const body = builtinTemplates('en').find((t) => t.builtinId === 'share-resource')!.body;
    const values = {
      firstName: 'Zoé',
      resourceTitle: 'Profiling React',
      resourceUrl: 'https://example.org/perf',
    };
    const hash = templateHash(renderTemplate(body, values).segments);
    const log: CopyLog[] = [1, 2, 3].map((contactId) => ({
      id: contactId,
      templateHash: hash,
      contactId,
      at: NOW - 86_400_000,
    }));
    const { copied } = setup({ values: { ...values, firstName: 'Ana' }, recentCopies: log });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('to 3 other people this week');
    expect(copied).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Copy anyway' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toMatch(/^Hi Ana,/);
  });

  test('a broken user template shows its errors and no Copy button', () => {
    const broken: Template = {
      ref: 'user:1',
      language: 'en',
      kind: 'custom',
      title: 'Mine',
      body: 'Hi {name',
      edited: false,
    };
    setup({ templates: [broken], initialRef: 'user:1' });
    expect(screen.getByRole('alert').textContent).toContain('Line 1, column 4: “{” is never closed.');
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
  });

  test('in French: labels, template and confirmation', async () => {
    setLanguage('fr');
    const { copied } = setup({ onCopied: () => false }, 'fr');
    fireEvent.change(screen.getByLabelText('Son prénom'), { target: { value: 'Camille' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copier' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copié'));
    expect(copied[0]).toBe(
      "Salut Camille,\n\nJe suis tombé sur « Profiling React » et j'ai pensé à toi.\nhttps://example.org/perf",
    );
  });

  test('a clipboard failure is said, not swallowed', async () => {
    setup({
      values: { firstName: 'Ana', resourceTitle: 'T', resourceUrl: 'https://e.org' },
      writeClipboard: () => Promise.reject(new Error('denied')),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not copy: denied'));
  });
});
