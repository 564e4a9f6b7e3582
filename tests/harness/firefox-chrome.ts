import type { Browser } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/**
 * Firefox's own window (browser.xhtml), reached over WebDriver BiDi in the
 * privileged "chrome" scope that `--remote-allow-system-access` opens. It is
 * where the toolbar button and the keyboard shortcuts live, which page-level
 * BiDi input cannot reach (`input.performActions` refuses chrome contexts).
 * Input is synthesized with Firefox's own EventUtils (shipped with its remote
 * agent): widget-level mouse and key events, as in Firefox's own UI tests.
 */
export class ChromeWindow {
  private constructor(
    private readonly connection: BidiConnection,
    private readonly context: string,
  ) {}

  static async attach(browser: Browser): Promise<ChromeWindow> {
    const connection = (browser as unknown as { connection: BidiConnection }).connection;
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const contexts = tree.result.contexts as { context: string; url: string }[];
    const top = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!top) {
      // Firefox before 148 ignores 'moz:scope' and lists only tabs (measured: 140.12 ESR).
      const version = await browser.version().catch(() => 'unknown');
      throw new Error(
        `Firefox's own window is not reachable over BiDi (${version}). The Firefox suite needs Firefox ESR 148 or ` +
          'later, launched with --remote-allow-system-access; on Debian: apt-get update && apt-get install -y firefox-esr',
      );
    }
    return new ChromeWindow(connection, top.context);
  }

  /** Evaluate an expression in browser.xhtml; JSON-able results only. */
  async evaluate<T>(expression: string): Promise<T> {
    const response = await this.connection.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const outcome = response.result as unknown as EvaluateResult;
    if (outcome.type === 'exception')
      throw new Error(`in Firefox's window: ${outcome.exceptionDetails?.text}`);
    const json = outcome.result?.value;
    return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
  }

  /** Press a key with modifiers in Firefox's window, e.g. ('G', { altKey: true, shiftKey: true }). */
  pressKey(key: string, modifiers: { altKey?: boolean; shiftKey?: boolean; ctrlKey?: boolean }) {
    return this.evaluate<null>(
      `(${EVENT_UTILS}).synthesizeKey(${JSON.stringify(key)}, ${JSON.stringify(modifiers)}, window) ?? null`,
    );
  }

  /**
   * Click an extension's toolbar button with the mouse. Firefox puts new
   * buttons in the Extensions menu; pinning it to the toolbar first is what a
   * user does, and makes it a real, visible button.
   */
  clickToolbarButton(geckoId: string) {
    const widget = `${geckoId.replace(/[^a-z0-9_-]/gi, '_')}-browser-action`;
    return this.evaluate<string>(`(() => {
      CustomizableUI.addWidgetToArea(${JSON.stringify(widget)}, CustomizableUI.AREA_NAVBAR);
      const node = CustomizableUI.getWidget(${JSON.stringify(widget)}).forWindow(window).node;
      const button = node.querySelector('.unified-extensions-item-action-button');
      (${EVENT_UTILS}).synthesizeMouseAtCenter(button, {}, window);
      return button.getAttribute('tooltiptext') ?? button.getAttribute('label');
    })()`);
  }

  /** The sidebar Firefox shows, if any (`SidebarController`'s own state). */
  sidebar() {
    return this.evaluate<{ open: boolean; id: string | null }>(
      `({ open: SidebarController.isOpen, id: SidebarController.currentID ?? null })`,
    );
  }

  /** Set a string pref while Firefox runs. */
  setPref(name: string, value: string) {
    return this.evaluate<null>(
      `(Services.prefs.setStringPref(${JSON.stringify(name)}, ${JSON.stringify(value)}), null)`,
    );
  }

  hideSidebar() {
    return this.evaluate<null>(`(SidebarController.hide(), null)`);
  }
}

/** Firefox's EventUtils, loaded once into the window (as its remote agent does for its own input). */
const EVENT_UTILS = `globalThis.__guildEventUtils ??= (() => {
  const scope = { window, parent: window, _EU_Ci: Ci, _EU_Cc: Cc };
  Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', scope);
  return scope;
})()`;
