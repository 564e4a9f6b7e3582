import { defineConfig } from 'wxt';

/** Hosts Guild may read. Nothing else: never access to every site. */
export const HOST_PERMISSIONS = ['https://www.linkedin.com/*', 'https://x.com/*', 'https://twitter.com/*'];

/**
 * Opt-in sync (lib/sync) talks to the one CouchDB server the user configures,
 * which cannot be known when the manifest is written: its origin is asked for
 * at the moment sync is turned on, within these patterns. HTTPS anywhere;
 * plain HTTP only on this computer (the server password must not cross a
 * network in clear).
 */
export const SYNC_HOST_PERMISSIONS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

/**
 * Extension pages may load only their own code. Connections: only where a
 * sync server may be — HTTPS, or plain HTTP on this computer. A CSP is fixed
 * at build time and cannot name the user's server, so *which* server is the
 * code's rule: the lint rule lets only lib/sync/transport.ts make a request,
 * to the configured database, once the user has turned sync on (the Sync
 * form refuses plain HTTP to another machine: the password would travel in
 * clear). Every other request — plain HTTP anywhere else, ws:, data
 * exfiltration by <img> — stays refused by the browser itself. Avatars
 * are shown as initials (an <img> pointing at LinkedIn's CDN would be a
 * request, and img-src forbids it).
 */
export const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; " +
  'connect-src https: http://localhost:* http://127.0.0.1:*; ' +
  "img-src 'self' data:; style-src 'self'; font-src 'self'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

export default defineConfig({
  // Each end-to-end or benchmark run may build into its own folder, so that
  // parallel runs never overwrite each other's extension.
  outDir: process.env.GUILD_OUT_DIR ?? '.output',
  // Explicit imports everywhere: a reader sees where `browser` comes from.
  imports: false,
  zip: {
    // addons.mozilla.org asks for the sources of a bundled add-on: `wxt zip -b firefox`
    // writes them beside the add-on (guild-<version>-sources.zip), enough to rebuild it
    // byte for byte (README, "Releasing"). Tests and benchmarks are not part of the build.
    excludeSources: ['tests/**', 'BENCHMARKS.md'],
  },
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, mode }) => {
    const firefox = browser === 'firefox';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms', 'notifications', 'activeTab'],
      host_permissions: HOST_PERMISSIONS,
      // Chrome 102+ and Firefox 128+ (Guild needs 142): asked for when sync is turned on.
      optional_host_permissions: SYNC_HOST_PERMISSIONS,
      // WXT writes `action` only when there is a popup; without it there is no
      // toolbar button and no badge.
      action: { default_title: '__MSG_actionTitle__' },
      commands: {
        // Chrome opens the side panel on the action (setPanelBehavior);
        // Firefox has a dedicated command for its sidebar.
        [firefox ? '_execute_sidebar_action' : '_execute_action']: {
          suggested_key: { default: 'Alt+Shift+G' },
          description: '__MSG_commandOpenPanel__',
        },
        'quick-save': {
          suggested_key: { default: 'Alt+Shift+S' },
          description: '__MSG_commandQuickSave__',
        },
      },
      ...(mode === 'production' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'guild@guild-extension.org',
                strict_min_version: '142.0',
                // Guild collects nothing; Firefox asks every add-on to say so.
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {
            // Declared empty: no web page and no other extension may connect.
            externally_connectable: { ids: [] },
          }),
    };
  },
  vite: () => ({
    build: {
      // Vite 8's minifier writes Dexie's String.fromCharCode(65535) as a raw
      // U+FFFF, and Chromium then refuses the script as "not UTF-8".
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  }),
});
