/** A parsed JSON-LD node: untrusted, so every property is `unknown`. */
export type JsonLd = Record<string, unknown>;

/** Skip a block larger than this: no profile needs it, and parsing it would cost the page. */
const MAX_BLOCK = 2_000_000;

/** The JSON-LD nodes of one block, flattened out of arrays, `@graph` and `mainEntity`/`author`. */
export function flattenJsonLd(raw: string): JsonLd[] {
  const out: JsonLd[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || out.length > 200) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (value && typeof value === 'object') {
      const obj = value as JsonLd;
      out.push(obj);
      if ('@graph' in obj) visit(obj['@graph'], depth + 1);
      if ('mainEntity' in obj) visit(obj.mainEntity, depth + 1);
      // X's ProfilePage of 2023–2024 held the person under `author`.
      if (hasType(obj, 'ProfilePage') && 'author' in obj) visit(obj.author, depth + 1);
    }
  };
  if (raw.length > MAX_BLOCK) return out;
  try {
    visit(JSON.parse(raw), 0);
  } catch {
    // A broken block is the site's problem, not a reason to fail the read.
  }
  return out;
}

/** Every JSON-LD node on the page (`script[type="application/ld+json"]` plus `extra` selectors). */
export function jsonLdObjects(doc: Document, extra = ''): JsonLd[] {
  const selector = `script[type="application/ld+json"]${extra ? `, ${extra}` : ''}`;
  return Array.from(doc.querySelectorAll(selector)).flatMap((s) => flattenJsonLd(s.textContent ?? ''));
}

/** True when the node's `@type` is (or includes) the given type. */
export function hasType(obj: JsonLd, type: string): boolean {
  const t = obj['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

/** First string in a value that may be a string, an array, or an object with `name`. */
export function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = firstString(v);
      if (s) return s;
    }
    return undefined;
  }
  if (value && typeof value === 'object' && 'name' in value) return firstString(value.name);
  return undefined;
}

/** The value as an array of nodes (JSON-LD allows one node or many). */
export function nodes(value: unknown): JsonLd[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is JsonLd => !!v && typeof v === 'object' && !Array.isArray(v));
}

/** A schema.org `InteractionCounter` count of follows (LinkedIn 2023, X 2023–2026). */
export function followCount(person: JsonLd): number | undefined {
  for (const stat of nodes(person.interactionStatistic)) {
    const type = firstString(stat.interactionType) ?? '';
    const count = stat.userInteractionCount;
    if (
      /FollowAction$/.test(type) &&
      typeof count === 'number' &&
      Number.isSafeInteger(count) &&
      count >= 0
    ) {
      return count;
    }
  }
  return undefined;
}

/** `image.contentUrl` of a person (LinkedIn and X), as a string if present. */
export function imageUrl(person: JsonLd): string | undefined {
  const image = nodes(person.image)[0];
  return firstString(image?.contentUrl) ?? (typeof person.image === 'string' ? person.image : undefined);
}
