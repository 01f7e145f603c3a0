import type { Plugin } from 'vite'
import { LANDING_SEARCH, LIST_PATH, startSearchEarly } from './src/app/connection/early-search.ts'
import { PLAIN_FORMAT_LANGUAGES } from './src/lib/format.ts'
import { warmLocaleData } from './src/lib/locale-warm-up.ts'
import { headScript } from './vite-head-script.ts'

/**
 * Gives the list's first search a head start on a cold load through the server's proxy: a
 * small classic script in `<head>` sends it while the entry script downloads, compiles and
 * runs, and the app adopts its answer (src/app/connection/early-search.ts). The script decides
 * in the page (proxy meta tag, plain list URL); elsewhere it sends nothing. It also loads the
 * locale data while the entry downloads, where the first paint needs it (src/lib/locale-warm-up.ts).
 * An external file: the CSP allows no inline script.
 */
export function earlySearch(): Plugin {
  return headScript({
    name: 'cm-early-search',
    stem: 'early-search',
    source: () => {
      const { url, body } = LANDING_SEARCH
      const list = JSON.stringify(LIST_PATH.source)
      const skip = JSON.stringify({ pages: LIST_PATH.source, languages: PLAIN_FORMAT_LANGUAGES })
      return (
        `(${startSearchEarly.toString()})(${JSON.stringify(url)}, ${JSON.stringify(body)}, ${list});\n` +
        `(${warmLocaleData.toString()})(${skip});\n`
      )
    },
    // Asked at high priority: it must run before the entry arrives.
    attrs: { async: true, fetchpriority: 'high' },
  })
}
