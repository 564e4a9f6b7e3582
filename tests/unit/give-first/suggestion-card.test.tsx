import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SuggestionCard } from '@/components/give-first/SuggestionCard';
import { setLanguage } from '@/lib/i18n';
import type { Suggestion } from '@/lib/give-first';

function idea(key: string, kind: Suggestion['kind'], en: string, fr = en): Suggestion {
  return { key, contactId: 1, kind, score: 50, fit: 0.5, refs: {}, parts: [], reason: { en, fr } };
}

const ideas = [
  idea(
    'share:resource:12',
    'share',
    'Fits their interest in React performance.',
    'Correspond à son intérêt pour React performance.',
  ),
  idea('review:project:cli', 'review', 'They are working on “a CLI”.'),
];

afterEach(() => setLanguage('en'));

describe('suggestion card', () => {
  test('shows the top idea with its reason; "Another idea" goes through the others and back', () => {
    render(<SuggestionCard suggestions={ideas} onFeedback={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Share a resource' })).toBeTruthy();
    expect(screen.getByText('Fits their interest in React performance.')).toBeTruthy();
    expect(screen.getByText('Idea 1 of 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));
    expect(screen.getByRole('heading', { name: 'Offer a review' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));
    expect(screen.getByRole('heading', { name: 'Share a resource' })).toBeTruthy();
  });

  test('done, later and dismiss report the shown idea', async () => {
    const onFeedback = vi.fn(async (_s: Suggestion, _state: string) => undefined);
    render(<SuggestionCard suggestions={ideas} onFeedback={onFeedback} />);
    fireEvent.click(screen.getByRole('button', { name: 'Mark as given' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ask again in 2 weeks' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not for them' }));
    await waitFor(() => expect(onFeedback).toHaveBeenCalledTimes(3));
    expect(onFeedback.mock.calls.map(([s, state]) => [s.key, state])).toEqual([
      ['share:resource:12', 'done'],
      ['share:resource:12', 'snoozed'],
      ['share:resource:12', 'dismissed'],
    ]);
  });

  test('a failed save is announced', async () => {
    render(<SuggestionCard suggestions={ideas} onFeedback={() => Promise.reject(new Error('disk full'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Not for them' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not save: disk full');
  });

  test('nothing to suggest says how to get ideas; one idea disables "Another idea"', () => {
    const { rerender } = render(<SuggestionCard suggestions={[]} onFeedback={vi.fn()} />);
    expect(screen.getByText(/No idea for now/)).toBeTruthy();
    rerender(<SuggestionCard suggestions={ideas.slice(0, 1)} onFeedback={vi.fn()} />);
    expect((screen.getByRole('button', { name: 'Another idea' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('in French', () => {
    setLanguage('fr');
    render(<SuggestionCard suggestions={ideas} onFeedback={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Partager une ressource' })).toBeTruthy();
    expect(screen.getByText('Correspond à son intérêt pour React performance.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Une autre idée' })).toBeTruthy();
  });
});
