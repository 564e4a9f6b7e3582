import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SnippetComposer } from '@/components/snippets/SnippetComposer';
import { setLanguage } from '@/lib/i18n';
import { builtinTemplates, renderTemplate, templateHash, type Template } from '@/lib/snippets';
import type { CopyLog } from '@/lib/schemas/feedback';

const NOW = 1_000 * 86_400_000;

function setup(over: Partial<Parameters<typeof SnippetComposer>[0]> = {}, language: 'en' | 'fr' = 'en') {
  const copied: string[] = [];
  const onCopied = vi.fn(() => undefined);
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
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied'));
    expect(copied).toEqual([
      'Hi Camille,\n\nI came across “Profiling React” and thought of you.\nhttps://example.org/perf\n\nHope it helps!',
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
    expect((screen.getByLabelText(/Your message/) as HTMLTextAreaElement).value).toBe(
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
    const { copied } = setup({ onCopied: () => undefined }, 'fr');
    fireEvent.change(screen.getByLabelText('Son prénom'), { target: { value: 'Camille' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copier' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copié'));
    expect(copied[0]).toBe(
      "Bonjour Camille,\n\nJ'ai découvert «\u00a0Profiling React\u00a0» et j'ai pensé à toi.\nhttps://example.org/perf\n\nEn espérant que ça t'aide\u202f!",
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

describe('edit in place, copy, then say it was sent', () => {
  const full = { firstName: 'Ana', resourceTitle: 'Optimize INP', resourceUrl: 'https://e.org/inp' };

  test('the filled message is editable, and Copy copies exactly what the box shows', async () => {
    const { copied } = setup({ values: full });
    const box = screen.getByLabelText(/Your message/) as HTMLTextAreaElement;
    expect(box.value).toContain('I came across “Optimize INP” and thought of you.');
    fireEvent.change(box, { target: { value: `${box.value}\n\nPS: page 3 is the good part.` } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toBe(box.value);
    expect(copied[0]).toMatch(/PS: page 3 is the good part\.$/);
  });

  test('Copy logs nothing; "Sent" records it once; "Not now" records nothing', async () => {
    const onSent = vi.fn(async () => undefined);
    setup({ values: full, onSent });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByRole('button', { name: 'Sent' });
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('button', { name: 'Sent' })).toBeNull();
    expect(onSent).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Sent' }));
    await screen.findByText('Sent: logged in their history.');
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ text: expect.stringContaining('Ana') }));
  });
});
