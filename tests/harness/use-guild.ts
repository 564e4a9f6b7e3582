import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchGuild, type GuildBrowser, type LaunchOptions } from './guild';
import { watchExtensionRequests } from './network';

/**
 * Vitest-only: kept apart from ./guild.ts, which the bench imports outside
 * Vitest.
 */
export interface UseGuildOptions extends LaunchOptions {
  /** One browser per test (`each`, the default) or one for the whole file (`all`). */
  scope?: 'each' | 'all';
  /** Grant clipboard read and write to the browser context. */
  clipboard?: boolean;
  /**
   * Launch nothing in a before hook: each test calls `session.launch(options)`
   * itself. Teardown is the same.
   */
  lazy?: boolean;
}

export interface GuildSession {
  /** The browser launched for the current test (or file). */
  readonly guild: GuildBrowser;
  /** Requests from extension contexts to anything but the extension: must stay empty. */
  readonly requests: string[];
  /** Launch now, with these options over the ones given to useGuild. */
  launch(options?: LaunchOptions): Promise<GuildBrowser>;
}

/**
 * Registers the hooks that launch Guild in Chromium, watch for network
 * requests from the extension and, on teardown, check there were none and
 * close the browser and fixture server whether or not that check passes.
 */
export function useGuild(options: UseGuildOptions = {}): GuildSession {
  const { scope = 'each', clipboard = false, lazy = false, ...launchOptions } = options;
  let current: { guild: GuildBrowser; requests?: string[] } | undefined;

  const launched = () => {
    if (!current) throw new Error('useGuild: no browser launched yet');
    return current;
  };

  const session: GuildSession = {
    get guild() {
      return launched().guild;
    },
    get requests() {
      const { requests } = launched();
      if (!requests) throw new Error('useGuild: requests are not watched yet');
      return requests;
    },
    async launch(overrides = {}) {
      const guild = await launchGuild({ ...launchOptions, ...overrides });
      current = { guild };
      if (clipboard) await guild.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      current.requests = watchExtensionRequests(guild.context, guild.extensionId);
      return guild;
    },
  };

  async function teardown() {
    const launchedNow = current;
    current = undefined;
    if (!launchedNow) return;
    try {
      // Guild makes no network request, whatever the flow.
      expect(launchedNow.requests).toEqual([]);
    } finally {
      await launchedNow.guild.close();
    }
  }

  const [before, after] = scope === 'all' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  if (!lazy) {
    before(async () => {
      await session.launch();
    });
  }
  after(teardown);
  return session;
}
