import { describe, expect, test, vi } from 'vitest';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { SuggestionCard } from '@/components/give-first/SuggestionCard';
import { SnippetComposer } from '@/components/snippets/SnippetComposer';
import { builtinTemplates } from '@/lib/snippets';
import type { Suggestion } from '@/lib/give-first';

/** axe-core's structural rules on the rendered DOM (no layout in happy-dom, so no contrast check). */
async function violations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}

const idea: Suggestion = {
  key: 'share:resource:12',
  contactId: 1,
  kind: 'share',
  score: 80,
  fit: 0.7,
  refs: { resourceId: 12 },
  parts: [],
  reason: { en: 'Fits their interest in React performance.', fr: '' },
};

describe('accessibility', () => {
  test('the suggestion card with its composer has no axe violation', async () => {
    const { container } = render(
      <SuggestionCard
        suggestions={[idea, { ...idea, key: 'review:project:x', kind: 'review' }]}
        onFeedback={vi.fn()}
        renderMessage={() => (
          <SnippetComposer
            templates={builtinTemplates('en')}
            initialRef="builtin:share-resource"
            values={{ resourceTitle: 'Profiling React', resourceUrl: 'https://example.org' }}
            recentCopies={[]}
            writeClipboard={async () => undefined}
          />
        )}
      />,
    );
    expect(await violations(container)).toEqual([]);
  });

  test('the check itself works here: an unlabelled field is reported', async () => {
    const { container } = render(<input type="text" />);
    expect((await violations(container)).some((v) => v.startsWith('label'))).toBe(true);
  });
});
