import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readWhenReady } from '@/lib/profiles/read';
import { shownOf, type Shown } from '@/lib/profiles/shown';

/** Kept on the isolated world's global, which lives as long as the document and which the page cannot see. */
const memory = globalThis as unknown as { guildShown?: Shown };

/**
 * The on-demand reader. The panel runs this file in the user's tab with
 * `scripting.executeScript({ files: ['/reader.js'] })` when it needs the
 * profile; it waits until the page shows the person the URL names, reads and
 * returns plain data. It adds nothing to the page: the one thing it keeps is
 * whom it read, in its own isolated world, so that after the site's in-app
 * navigation the next read can tell the new person from the previous one
 * still on screen. It is not a declared content script and is not
 * web-accessible. It carries no Zod: the panel validates the result with
 * `ReadResultSchema`.
 */
export default defineUnlistedScript(async () => {
  const result = await readWhenReady(document, location.href, 3000, memory.guildShown);
  if (result.ok) memory.guildShown = shownOf(result.snapshot);
  return result;
});
