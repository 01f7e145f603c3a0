// How the served index.html tells the app which connection to use, without an inline script.
// Kept free of Node imports so browser code may import the constants too.

export const CONNECTION_META_NAME = 'customer-manager-connection'

export const CONNECTION_MODES = { proxy: 'proxy', demo: 'demo' } as const

export type ConnectionMode = (typeof CONNECTION_MODES)[keyof typeof CONNECTION_MODES]

/** Marks the demo's head-start script (vite-demo-early-start.ts), which a proxied page never needs. */
export const DEMO_EARLY_START_ATTRIBUTE = 'data-demo-early-start'

const demoEarlyStart = new RegExp(
  `\\s*<script[^>]*\\s${DEMO_EARLY_START_ATTRIBUTE}[^>]*></script>`,
  'gi',
)
const existingMeta = new RegExp(`<meta[^>]*name=["']${CONNECTION_META_NAME}["'][^>]*>\\s*`, 'gi')
const headOpen = /<head(\s[^>]*)?>/i

/**
 * Returns the HTML with exactly one connection meta tag at the start of <head>; in proxy mode
 * without the demo's head start (the page would only fetch it to learn it is not the demo).
 */
export function injectConnectionMeta(html: string, mode: ConnectionMode): string {
  const tag = `<meta name="${CONNECTION_META_NAME}" content="${mode}">`
  let cleaned = html.replace(existingMeta, '')
  if (mode === CONNECTION_MODES.proxy) cleaned = cleaned.replace(demoEarlyStart, '')
  const match = headOpen.exec(cleaned)
  if (!match) return `${tag}\n${cleaned}`
  const end = match.index + match[0].length
  return `${cleaned.slice(0, end)}\n    ${tag}${cleaned.slice(end)}`
}
