import type { GuildBrowser } from './guild';

export type HostAccess = 'ON_CLICK' | 'ON_SPECIFIC_SITES' | 'ON_ALL_SITES';

/**
 * Set Guild's site access the way a user does, through Chrome's own
 * extensions page (chrome://extensions, its `developerPrivate` API):
 * 'ON_CLICK' is "site access: on click" (host permissions withheld),
 * 'ON_ALL_SITES' grants them all. The extension API cannot do it
 * (`permissions.remove` refuses required host permissions), and a headless
 * Chromium cannot click its own permission prompt: a test clicks Guild's
 * button (the prompt then waits, invisible) and accepts here instead.
 * Returns the hosts and whether each is granted.
 */
export async function setSiteAccess(
  guild: GuildBrowser,
  hostAccess: HostAccess,
): Promise<{ host: string; granted: boolean }[]> {
  const page = await guild.context.newPage();
  try {
    await page.goto('chrome://extensions');
    return await page.evaluate(
      async ({ id, access }) => {
        interface DeveloperPrivate {
          updateExtensionConfiguration(update: { extensionId: string; hostAccess: string }): Promise<void>;
          getExtensionInfo(id: string): Promise<{
            permissions: { runtimeHostPermissions?: { hosts: { host: string; granted: boolean }[] } };
          }>;
        }
        const api = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
        await api.updateExtensionConfiguration({ extensionId: id, hostAccess: access });
        const info = await api.getExtensionInfo(id);
        return info.permissions.runtimeHostPermissions?.hosts ?? [];
      },
      { id: guild.extensionId, access: hostAccess },
    );
  } finally {
    await page.close();
  }
}

/**
 * Allow Guild to reach a sync server, the way a user answers Chrome's
 * permission prompt ahead of time on chrome://extensions: "site access: on
 * specific sites", add the server, then back to "on all sites" (LinkedIn and
 * X stay granted). Headless Chromium cannot click its own prompt, and a grant
 * given while the prompt waits does not answer it; a grant given before makes
 * Guild's `permissions.request` (still made, on the click) resolve at once
 * without a prompt. `pattern` is the origin's match pattern, e.g.
 * `http://127.0.0.1/*`. Nothing is active until Guild asks for it.
 */
export async function allowSyncServer(guild: GuildBrowser, pattern: string): Promise<void> {
  const page = await guild.context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(
      async ({ id, host }) => {
        interface DeveloperPrivate {
          updateExtensionConfiguration(update: { extensionId: string; hostAccess: string }): Promise<void>;
          addHostPermission(extensionId: string, host: string): Promise<void>;
        }
        const api = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
        await api.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
        await api.addHostPermission(id, host);
        await api.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_ALL_SITES' });
      },
      { id: guild.extensionId, host: pattern },
    );
  } finally {
    await page.close();
  }
}
