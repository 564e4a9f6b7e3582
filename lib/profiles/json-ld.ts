/** Every JSON-LD object on the page, flattened out of `@graph` arrays. Broken blocks are skipped. */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || out.length > 200) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      out.push(obj);
      if ('@graph' in obj) visit(obj['@graph'], depth + 1);
      if ('mainEntity' in obj) visit(obj.mainEntity, depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? '';
    if (raw.length > 2_000_000) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // A broken block is the site's problem, not a reason to fail the read.
    }
  }
  return out;
}

/** True when the JSON-LD object's `@type` is (or includes) the given type. */
export function hasType(obj: Record<string, unknown>, type: string): boolean {
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
