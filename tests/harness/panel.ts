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
  };
}
