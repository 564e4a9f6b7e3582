import { describe, expect, test } from 'vitest';
import { parseRoute, routeHref } from '@/components/dashboard/router';

describe('dashboard routes', () => {
  test('a section with a sub-path and a query', () => {
    const route = parseRoute('#/contacts/42?q=ana');
    expect(route.section).toBe('contacts');
    expect(route.rest).toEqual(['42']);
    expect(route.query.get('q')).toBe('ana');
  });
  test('the routine day list the notifications open', () => {
    expect(parseRoute('#/routine/monday')).toMatchObject({ section: 'routine', rest: ['monday'] });
  });
  test('empty or unknown hashes fall back to contacts', () => {
    expect(parseRoute('').section).toBe('contacts');
    expect(parseRoute('#/nope/1')).toMatchObject({ section: 'contacts', rest: [] });
  });
  test('hrefs round-trip', () => {
    const href = routeHref('contacts', ['a b'], { q: 'é' });
    expect(parseRoute(href)).toMatchObject({ section: 'contacts', rest: ['a b'] });
    expect(parseRoute(href).query.get('q')).toBe('é');
  });
});
