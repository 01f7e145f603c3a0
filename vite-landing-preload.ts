import type { Plugin } from 'vite'

interface OutputChunkLike {
  type: 'chunk'
  fileName: string
  facadeModuleId: string | null
  imports: string[]
  isEntry: boolean
  viteMetadata?: { importedCss: Set<string> }
}

/**
 * Adds `<link rel="modulepreload">` (and style preloads) for the landing page's lazy route
 * chunk and its static imports to index.html, so the browser fetches them with the entry
 * instead of after the entry has run. `moduleSuffix` names the route module.
 */
export function landingPreload(moduleSuffix: string): Plugin {
  return {
    name: 'cm-landing-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle
        if (!bundle) return html
        const chunks = Object.values(bundle).filter(
          (item): item is typeof item & OutputChunkLike => item.type === 'chunk',
        ) as unknown as OutputChunkLike[]
        const route = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(moduleSuffix))
        if (!route) throw new Error(`landingPreload: no chunk for ${moduleSuffix}`)
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
        const js = new Set<string>()
        const css = new Set<string>()
        const visit = (chunk: OutputChunkLike) => {
          if (chunk.isEntry || js.has(chunk.fileName)) return
          js.add(chunk.fileName)
          chunk.viteMetadata?.importedCss.forEach((file) => css.add(file))
          chunk.imports.forEach((name) => {
            const next = byName.get(name)
            if (next) visit(next)
          })
        }
        visit(route)
        // What the entry's own tags already fetch needs no second hint.
        const fresh = (file: string) => !html.includes(`/${file}"`)
        return [
          ...[...js].filter(fresh).map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
          ...[...css].filter(fresh).map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
        ]
      },
    },
  }
}
