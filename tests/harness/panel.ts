import type { Locator, Page } from 'playwright-core';

/** The text of the first match, without Playwright's 30 s auto-wait (tests poll with `eventually`). */
export function textOf(locator: Locator): Promise<string | null> {
  return locator.first().textContent({ timeout: 500 });
}

/** Page helper for the side panel: what a user sees and does there. */
export function panel(page: Page) {
  return {
    page,
    personName: () => page.locator('#person-name'),
    status: () => page.getByTestId('saved-status'),
    saveButton: () => page.getByRole('button', { name: /^Save contact$|^Enregistrer le contact$/ }),
    savedCount: () => page.getByTestId('saved-count'),
    heading: () => page.locator('h1').first(),
    weJustTalked: () => page.getByRole('button', { name: /^We just talked$|^On vient de discuter$/ }),
    field: (label: string | RegExp) => page.getByLabel(label),
    where: () => page.getByLabel(/^Where \(an event or a context\)$|^Où \(un événement ou un contexte\)$/),
    submitQuickSave: () => page.locator('form.quick-save button[type="submit"]'),
    followUpText: () => page.getByTestId('message-editor'),
    copyButton: () => page.getByRole('button', { name: /^Copy$|^Copier$/ }),
    openFollowUps: () => page.getByTestId('open-follow-ups'),
    timeline: () => page.getByTestId('timeline'),
    /** The element that has keyboard focus, described by its label (or text). */
    focusedLabel: () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
        return (labelled?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
      }),
  };
}

/** Read the clipboard from a web page of the test (extension origins may not read it back). */
export function readClipboard(site: Page): Promise<string> {
  return site.evaluate(() => navigator.clipboard.readText());
}
