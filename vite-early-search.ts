import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import { LANDING_SEARCH, startSearchEarly } from './src/app/connection/early-search.ts'

/**
 * Gives the list's first search a head start on a cold load through the server's proxy: a
 * small classic script in `<head>` sends it while the entry script downloads, compiles and
 * runs, and the app adopts its answer (src/app/connection/early-search.ts). The script decides
 * in the page (proxy meta tag, plain list URL); elsewhere it does nothing. An external file:
 * the CSP allows no inline script.
 */
export function earlySearch(): Plugin {
  let base = '/'
  let scriptFile: string | null = null
  return {
    name: 'cm-early-search',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    generateBundle() {
      const { url, body } = LANDING_SEARCH
      const source = `(${startSearchEarly.toString()})(${JSON.stringify(url)}, ${JSON.stringify(body)});\n`
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8)
      scriptFile = `assets/early-search-${hash}.js`
      this.emitFile({ type: 'asset', fileName: scriptFile, source })
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (!scriptFile) return
        // In <head> and asked at high priority: it must run before the entry arrives.
        return [
          {
            tag: 'script',
            attrs: { src: base + scriptFile, async: true, fetchpriority: 'high' },
            injectTo: 'head-prepend',
          },
        ]
      },
    },
  }
}
