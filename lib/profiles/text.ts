/** Elements whose text is never shown as text: code, styles, icons. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/** Elements that start a new line: their text never runs into the text around them. */
const BLOCK = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'NAV',
  'MAIN',
  'ASIDE',
  'BR',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'BUTTON',
]);

/**
 * Is this element out of the page's own content: a dialog (sign-in walls,
 * "about this profile", edit forms), a modal, or hidden? Its text is never
 * read. (`aria-hidden` alone is not enough: LinkedIn shows every line in an
 * `aria-hidden` span doubled by a visually hidden one for screen readers.)
 */
function isAside(el: Element): boolean {
  const role = el.getAttribute('role');
  return (
    el.tagName === 'DIALOG' ||
    role === 'dialog' ||
    role === 'alertdialog' ||
    el.getAttribute('aria-modal') === 'true' ||
    el.hasAttribute('hidden') ||
    /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '')
  );
}

/** True when the element and its ancestors are part of the page's own, shown content (not a dialog, not hidden). */
export function isShown(element: Element | null | undefined): element is Element {
  if (!element) return false;
  for (let el: Element | null = element; el; el = el.parentElement) if (isAside(el)) return false;
  return true;
}

/** Stop walking after this many characters: a headline is never longer. */
const LIMIT = 8192;

/**
 * The text a person sees in an element. Unlike `textContent` it leaves out
 * `<script>`/`<style>` children and SVG icons, and it keeps emoji that sites
 * draw as images (X renders 🇬🇧 as `<img alt="🇬🇧">`, seen 2023 in saved
 * headers). Returns undefined for a missing element.
 */
export function visibleText(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  if (SKIP.has(element.tagName)) return '';
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && length < LIMIT; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        parts.push(text);
        length += text.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.tagName) || isAside(el)) continue;
        if (el.tagName === 'IMG') {
          const alt = el.getAttribute('alt') ?? '';
          // Only emoji images stand for text; a photo's alt text is not part of a name.
          if (/^\p{Extended_Pictographic}|^\p{Regional_Indicator}/u.test(alt)) parts.push(alt);
          continue;
        }
        // Block elements separate words even without whitespace between them.
        const block = BLOCK.has(el.tagName);
        if (block) parts.push(' ');
        walk(el);
        if (block) parts.push(' ');
      }
    }
  };
  walk(element);
  return parts.join('');
}
