import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { ROOT } from '../../harness/paths';

/** Where the empty page is, inside the built extension (the bench's build only). */
export const EMPTY_REACT_PAGE = 'bench-empty-react.html';

/**
 * Write an empty React page (production React, one heading) into the
 * benchmark's build of the extension, beside sidepanel.html, so that it is
 * opened exactly as the panel is: same origin, same renderer, same
 * `chrome-extension://<id>/<page>.html?tab=<id>` navigation. The panel's
 * first paint divided by this page's, in the same run, is the panel's own
 * cost whatever the machine's load. Only the bench's `.output-bench` gets it.
 */
export async function writeEmptyReactPage(extensionDir: string): Promise<void> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      rolldownOptions: { output: { minify: true } },
      lib: { entry: path.join(ROOT, 'tests/bench/empty-react/main.ts'), formats: ['es'], fileName: 'page' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the empty React page did not build');
  writeFileSync(path.join(extensionDir, 'bench-empty-react.js'), chunk.code);
  writeFileSync(
    path.join(extensionDir, EMPTY_REACT_PAGE),
    '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n' +
      '    <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n' +
      '    <title>Empty</title>\n    <script type="module" crossorigin src="/bench-empty-react.js"></script>\n' +
      '  </head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n',
  );
}
