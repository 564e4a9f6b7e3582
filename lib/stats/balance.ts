import { GIVING_KINDS, type Interaction } from '../schemas/interaction';
import type { Opportunity } from '../schemas/library';

/**
 * Which way an interaction went: the recorded direction, else its kind
 * (`GIVING_KINDS` are gifts). A `mutual` exchange or a plain conversation is
 * neither. The give-first engine reads `mutual` differently: there a mutual
 * exchange of a giving kind is a gift, and one of kind `received` is received
 * (`summariseHistory`, lib/give-first/history.ts).
 */
export function flowOf(i: Pick<Interaction, 'kind' | 'direction'>): 'gave' | 'received' | null {
  if (i.direction === 'gave') return 'gave';
  if (i.direction === 'received') return 'received';
  if (i.direction === 'mutual') return null;
  if (GIVING_KINDS.has(i.kind)) return 'gave';
  if (i.kind === 'received') return 'received';
  return null;
}

/** Gives and receives with one person (or overall). */
export interface Balance {
  gave: number;
  received: number;
}

/** One person's balance; `net` > 0 means the user gave more than they received. */
export interface ContactBalance extends Balance {
  contactId: number;
  net: number;
}

/**
 * Gives vs receives: interactions by their direction, and every opportunity a
 * person brought counts as something received from them (it is the most
 * valuable thing a network gives).
 */
export function balances(
  interactions: readonly Pick<Interaction, 'contactId' | 'kind' | 'direction'>[],
  opportunities: readonly Pick<Opportunity, 'sourceContactId'>[],
): { overall: Balance; byContact: Map<number, ContactBalance> } {
  const overall: Balance = { gave: 0, received: 0 };
  const byContact = new Map<number, ContactBalance>();
  const add = (contactId: number, flow: 'gave' | 'received') => {
    overall[flow] += 1;
    let b = byContact.get(contactId);
    if (!b) byContact.set(contactId, (b = { contactId, gave: 0, received: 0, net: 0 }));
    b[flow] += 1;
    b.net = b.gave - b.received;
  };
  for (const i of interactions) {
    const flow = flowOf(i);
    if (flow) add(i.contactId, flow);
  }
  for (const o of opportunities) if (o.sourceContactId !== undefined) add(o.sourceContactId, 'received');
  return { overall, byContact };
}

/**
 * The most one-sided relationships, either way: largest |gave − received|
 * first, then more exchanges, then the lower id (stable). Balanced ones are left out.
 */
export function mostUnbalanced(byContact: Map<number, ContactBalance>, limit = 5): ContactBalance[] {
  return [...byContact.values()]
    .filter((b) => b.net !== 0)
    .sort(
      (a, b) =>
        Math.abs(b.net) - Math.abs(a.net) ||
        b.gave + b.received - (a.gave + a.received) ||
        a.contactId - b.contactId,
    )
    .slice(0, limit);
}
