/** Tags typed as "react, performance, talks": trimmed, non-empty, no duplicates, at most 100 characters each. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().slice(0, 100);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags.slice(0, 100);
}

/** Tags back to the text field's form. */
export const tagsText = (tags: readonly string[]) => tags.join(', ');
