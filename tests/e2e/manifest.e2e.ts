import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXTENSION_DIR } from '../harness/paths';

const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('the built Chrome manifest asks for the least', () => {
  test('exactly the permissions Guild uses', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual(
      [
        'activeTab',
        'alarms',
        'notifications',
        'scripting',
        'sidePanel',
        'storage',
        'unlimitedStorage',
      ].sort(),
    );
  });
  test('host access only to LinkedIn and X/Twitter', () => {
    expect(manifest.host_permissions).toEqual([
      'https://www.linkedin.com/*',
      'https://x.com/*',
      'https://twitter.com/*',
    ]);
  });
  test('no content scripts, no web-accessible resources, nobody may connect', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toEqual({ ids: [] });
  });
  test('sync servers are optional hosts, asked for only when sync is turned on', () => {
    expect(manifest.optional_host_permissions).toEqual([
      'https://*/*',
      'http://localhost/*',
      'http://127.0.0.1/*',
    ]);
  });
  test('extension pages load only their own code and connect only where sync may go', () => {
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain('connect-src https: http://localhost:* http://127.0.0.1:*;');
    // Connections are the only place a scheme appears: nothing else may load from elsewhere.
    expect(csp.replace(/connect-src [^;]*;/, '')).not.toMatch(/unsafe-eval|unsafe-inline|https?:|wss?:/);
  });
  test('a side panel, an options page and a keyboard shortcut', () => {
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.options_ui).toMatchObject({ page: 'options.html' });
    expect(Object.keys(manifest.commands as object)).toEqual(['_execute_action', 'quick-save']);
  });
});
