import { createHash } from 'node:crypto'
import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite'

interface HeadScriptOptions {
  /** The plugin's name, and the emitted file's name (`assets/<stem>-<hash>.js`). */
  name: string
  stem: string
  /** The script's source for this build (the app's base URL given), or null for none. */
  source: (bundle: Rolldown.OutputBundle, base: string) => string | null
  /** Attributes of the `<script>` tag beside its `src`. */
  attrs: HtmlTagDescriptor['attrs']
}

/**
 * A small classic script, first in `<head>`, written at build time: an external file (the CSP
 * allows no inline script) named by its content's hash. For the head starts of the demo
 * tenant (vite-demo-early-start.ts) and of the list's search (vite-early-search.ts).
 */
export function headScript({ name, stem, source, attrs }: HeadScriptOptions): Plugin {
  let base = '/'
  let scriptFile: string | null = null
  return {
    name,
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    // Runs before Vite's HTML plugin writes index.html (user plugins precede it).
    generateBundle(_options, bundle) {
      scriptFile = null
      const text = source(bundle, base)
      if (text === null) return
      const hash = createHash('sha256').update(text).digest('base64url').slice(0, 8)
      scriptFile = `assets/${stem}-${hash}.js`
      this.emitFile({ type: 'asset', fileName: scriptFile, source: text })
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (!scriptFile) return
        return [
          {
            tag: 'script',
            attrs: { src: base + scriptFile, ...attrs },
            injectTo: 'head-prepend',
          },
        ]
      },
    },
  }
}
