import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readWhenReady } from '@/lib/profiles/read';

/**
 * The on-demand reader. The panel runs this file in the user's tab with
 * `scripting.executeScript({ files: ['/reader.js'] })` when it needs the
 * profile; it waits until the page shows the person the URL names, reads,
 * returns plain data and leaves nothing on the page. It is not a declared
 * content script and is not web-accessible. It carries no Zod: the panel
 * validates the result with `ReadResultSchema`.
 */
export default defineUnlistedScript(() => readWhenReady(document, location.href));
