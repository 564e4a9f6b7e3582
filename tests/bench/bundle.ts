import path from 'node:path';
import { build } from 'vite';
import { ROOT } from '../harness/paths';

/**
 * Bundle a benchmark entry (Guild's own lib code plus the measuring code)
 * into one IIFE script, to be evaluated in an extension page through the
 * DevTools protocol. Nothing is added to the shipped extension.
 */
export async function bundle(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      minify: false,
      lib: { entry: path.join(ROOT, entry), formats: ['iife'], name: 'GuildBenchBundle' },
      // Dexie's U+FFFF must stay escaped, or Chromium refuses the script (see the team's
      // TOOLCHAIN.md, kept beside the repository).
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  });
  for (const output of Array.isArray(result) ? result : [result]) {
    if ('output' in output) {
      const chunk = output.output.find((o) => o.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error(`no bundle produced for ${entry}`);
}
