import type { Contact } from '@/lib/schemas/contact';
import type { Interaction } from '@/lib/schemas/interaction';
import type { Opportunity, Resource } from '@/lib/schemas/library';
import { defaultSettings } from '@/lib/schemas/settings';

/** Test data builders: realistic defaults, overridden per scenario. */
export const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 10, 20, 9, 0);
export const settings = defaultSettings();

export function person(id: number, fields: Partial<Contact> = {}): Contact {
  return {
    id,
    name: `Person ${id}`,
    profiles: [],
    profileKeys: [],
    circle: 'active',
    tags: [],
    interests: [],
    projects: [],
    needs: [],
    offers: [],
    notes: '',
    communityIds: [],
    createdAt: NOW - 400 * DAY,
    updatedAt: NOW - 10 * DAY,
    lastInteractionAt: NOW - 5 * DAY,
    news: [],
    ...fields,
  };
}

export function resource(id: number, title: string, tags: string[]): Resource {
  return { id, url: `https://example.org/${id}`, title, tags, addedAt: NOW - 30 * DAY };
}

export function opportunity(id: number, fields: Partial<Opportunity>): Opportunity {
  return { id, kind: 'job', date: NOW - 10 * DAY, status: 'passed', tags: [], ...fields };
}

let nextId = 1000;
export function interaction(contactId: number, fields: Partial<Interaction>): Interaction {
  nextId += 1;
  return { id: nextId, contactId, kind: 'conversation', date: NOW - 20 * DAY, ...fields };
}
