import type { Plugin } from 'vite'
import { DEMO_EARLY_START_ATTRIBUTE } from './server/connection-meta.ts'
import { startDemoEarly } from './src/app/connection/demo-early-start.ts'
import { headScript } from './vite-head-script.ts'

/** The demo tenant's in-page code (a lazy chunk). */
const DEMO_MODULE = /\/src\/mocks\/browser\.ts$/

/**
 * Gives the demo tenant a head start on a cold load: a small classic script in `<head>`
 * preloads the demo chunk (and the chunks it imports, except the entry) while the entry script
 * downloads, instead of after the entry has run. The script decides in the page whether the
 * connection is the demo (`startDemoEarly`); a browser connection loads nothing more, and a
 * proxied page does not get the script at all. An external file: the CSP allows no inline
 * script.
 */
export function demoEarlyStart(): Plugin {
  return headScript({
    name: 'cm-demo-early-start',
    stem: 'demo-early-start',
    source(bundle, base) {
      const demo = Object.values(bundle).find(
        (file) =>
          file.type === 'chunk' &&
          file.facadeModuleId !== null &&
          DEMO_MODULE.test(file.facadeModuleId),
      )
      if (demo?.type !== 'chunk') return null
      const code = [demo.fileName, ...demo.imports.filter((name) => !isEntry(bundle[name]))]
      return `(${startDemoEarly.toString()})(${JSON.stringify(code.map((name) => base + name))});\n`
    },
    // Asked at high priority, and parser-blocking (not async): it runs as soon as it arrives
    // (a few ms), before the style sheet's parse and the first paint, so the demo chunk is
    // asked for beside the entry; an async script waited behind those tasks (~300 ms at 4×
    // CPU). The server drops it in proxy mode (server/connection-meta.ts).
    attrs: { fetchpriority: 'high', [DEMO_EARLY_START_ATTRIBUTE]: true },
  })
}

function isEntry(file: { type: string; isEntry?: boolean } | undefined): boolean {
  return file?.type === 'chunk' && file.isEntry === true
}
