import { useEffect, useState } from 'react';

/** The dashboard's sections, in navigation order (`welcome` is reached from install and Settings, not the nav). Each has a URL: `options.html#/<section>/<rest…>`. */
export const SECTIONS = [
  'contacts',
  'routine',
  'resources',
  'events',
  'opportunities',
  'communities',
  'impact',
  'settings',
  'sync',
  'data',
  'welcome',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface Route {
  section: Section;
  /** The path after the section, e.g. `['42']` for `#/contacts/42`. */
  rest: string[];
  /** Query parameters after `?` in the hash. */
  query: URLSearchParams;
}

/** Parse a location hash (`#/contacts/42?q=ana`) into a route; unknown sections fall back to contacts. */
export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first = '', ...rest] = path.split('/').filter(Boolean).map(safeDecode);
  const section = (SECTIONS as readonly string[]).includes(first) ? (first as Section) : 'contacts';
  return { section, rest: section === first ? rest : [], query: new URLSearchParams(search) };
}

/** Build the hash for a route (`routeHref('contacts', ['42'])` → `#/contacts/42`). */
export function routeHref(
  section: Section,
  rest: (string | number)[] = [],
  query?: Record<string, string>,
): string {
  const path = [section, ...rest.map((r) => encodeURIComponent(String(r)))].join('/');
  const search = query && Object.keys(query).length ? `?${new URLSearchParams(query).toString()}` : '';
  return `#/${path}${search}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The current route; follows `hashchange`, so links and the back button just work. */
export function useRoute(): Route {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}
