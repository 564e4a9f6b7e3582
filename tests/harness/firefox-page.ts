import type { ElementHandle, Page } from 'puppeteer-core';
import { eventually } from './eventually';

/**
 * Page helpers for puppeteer pages in Firefox, by what a user sees: a button
 * or link by its accessible name (aria-label, else its text), a field by its
 * label. Clicks and typing are real input over WebDriver BiDi (so the
 * clipboard and the permission prompt see a user gesture). Every lookup
 * polls, like Playwright's locators, and throws what it was looking for.
 */
export type Name = string | RegExp;
type NameSpec = { exact: string } | { source: string; flags: string };

const spec = (name: Name): NameSpec =>
  typeof name === 'string' ? { exact: name } : { source: name.source, flags: name.flags };

type Kind = 'button' | 'link' | 'label' | 'checkbox';

/** The first visible element of that kind and name, or null (self-contained: runs in the page). */
function findInPage({ kind, name, within }: { kind: Kind; name: NameSpec; within: string | null }) {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (text: string) =>
    'exact' in name ? text === name.exact : new RegExp(name.source, name.flags).test(text);
  const root: ParentNode | null = within ? document.querySelector(within) : document;
  if (!root) return null;
  const visible = (el: Element) =>
    (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0;
  if (kind === 'label' || kind === 'checkbox') {
    for (const label of root.querySelectorAll('label')) {
      if (!matches(norm(label.textContent))) continue;
      const control = label.control;
      if (control && (kind === 'label' || (control as HTMLInputElement).type === 'checkbox')) return control;
    }
    for (const el of root.querySelectorAll('input, select, textarea')) {
      if (matches(norm(el.getAttribute('aria-label')))) return el;
    }
    return null;
  }
  const selector = kind === 'button' ? 'button, [role="button"]' : 'a[href]';
  for (const el of root.querySelectorAll(selector)) {
    if (visible(el) && matches(norm(el.getAttribute('aria-label') ?? el.textContent))) return el;
  }
  return null;
}

/** Wait for an element by kind and accessible name, optionally inside a CSS selector. */
export async function find(
  page: Page,
  kind: Kind,
  name: Name,
  options: { within?: string; timeoutMs?: number } = {},
): Promise<ElementHandle<Element>> {
  return eventually(async () => {
    const handle = await page.evaluateHandle(findInPage, {
      kind,
      name: spec(name),
      within: options.within ?? null,
    });
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (!element) {
      await handle.dispose();
      throw new Error(`no ${kind} named ${String(name)}${options.within ? ` in ${options.within}` : ''}`);
    }
    return element;
  }, options.timeoutMs ?? 10_000);
}

/** How many visible elements of that kind and name there are right now (0 or 1: the first is enough). */
export async function count(page: Page, kind: Kind, name: Name): Promise<number> {
  const handle = await page.evaluateHandle(findInPage, { kind, name: spec(name), within: null });
  const found = handle.asElement() !== null;
  await handle.dispose();
  return found ? 1 : 0;
}

export async function click(page: Page, kind: 'button' | 'link' | 'checkbox', name: Name, within?: string) {
  const element = await find(page, kind, name, { within });
  await element.click();
  await element.dispose();
}

/** Click the field, select what it holds, type the text (as a user does). */
export async function fill(page: Page, label: Name, text: string) {
  const field = await find(page, 'label', label);
  await field.click();
  await field.evaluate((el) => (el as HTMLInputElement).select?.());
  await field.type(text);
  await field.dispose();
}

export async function selectOption(page: Page, label: Name, value: string) {
  const field = await find(page, 'label', label);
  await field.select(value);
  await field.dispose();
}

/** The text of the first match of a CSS selector, or null. */
export function textOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
}

/** The texts of every match of a CSS selector. */
export function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector);
}

/** The page's visible text (what a user can read). */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/** Read the clipboard from a web page of the test (pref `dom.events.testing.asyncClipboard`: no paste prompt). */
export function readClipboard(site: Page): Promise<string> {
  return site.evaluate(() => navigator.clipboard.readText());
}

/** Page helper for the side panel in Firefox: the same names as the Chromium one (./panel.ts). */
export function firefoxPanel(page: Page) {
  return {
    page,
    personName: () => textOf(page, '#person-name'),
    status: () => textOf(page, '[data-testid="saved-status"]'),
    heading: () => textOf(page, 'h1'),
    savedCount: () => textOf(page, '[data-testid="saved-count"]'),
    /** The follow-up message as the box shows it (editable: its value, not its text). */
    followUpText: () =>
      page.evaluate(() => {
        const box = document.querySelector<HTMLTextAreaElement>('[data-testid="message-editor"]');
        return box ? (box.value ?? box.textContent) : null;
      }),
    timeline: () => textOf(page, '[data-testid="timeline"]'),
    save: () => click(page, 'button', /^Save contact$|^Enregistrer le contact$/),
    weJustTalked: () => click(page, 'button', /^We just talked$|^On vient de discuter$/),
    where: (text: string) =>
      fill(page, /^Where \(an event or a context\)$|^Où \(un événement ou un contexte\)$/, text),
    fill: (label: Name, text: string) => fill(page, label, text),
    submitQuickSave: async () => {
      const submit = await page.waitForSelector('form.quick-save button[type="submit"]');
      await submit!.click();
    },
    copy: () => click(page, 'button', /^Copy$|^Copier$/),
  };
}
