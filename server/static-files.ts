import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { Context, Handler } from 'hono'
import { getMimeType } from 'hono/utils/mime'
import { LIST_PATH } from '../src/app/connection/early-search.ts'
import { CUSTOMERS_TITLE, documentTitle } from '../src/lib/document-title.ts'
import { injectConnectionMeta, type ConnectionMode } from './connection-meta.ts'

export const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Serves the built app from `distDir`: hashed /assets/* cached for a year, everything else
 * revalidated, and any extension-less path that is not a file answered with index.html so
 * client-side routes such as /customers/1001/phones survive a reload.
 */
export function staticFiles(
  distDir: string,
  mode: ConnectionMode,
  options: {
    sourceMaps?: boolean
    /** Team mode: extra <head> markup for the signed-in person; the page is then not cached. */
    personalize?: (c: Context) => string
  } = {},
): Handler {
  const root = path.resolve(distDir)
  let indexCache: { mtimeMs: number; html: string } | null = null
  const assetCache = new Map<string, { mtimeMs: number; bytes: Uint8Array<ArrayBuffer> }>()

  async function serveIndex(c: Context): Promise<Response> {
    const file = path.join(root, 'index.html')
    const info = await statFile(file)
    if (!info) return c.text('The app has not been built.', 503)
    if (indexCache?.mtimeMs !== info.mtimeMs) {
      indexCache = {
        mtimeMs: info.mtimeMs,
        html: injectConnectionMeta(await readFile(file, 'utf8'), mode),
      }
    }
    const html = withServedTitle(indexCache.html, c.req.path)
    if (!options.personalize) {
      c.header('Cache-Control', 'no-cache')
      return c.html(html)
    }
    c.header('Cache-Control', 'no-store')
    const extra = options.personalize(c)
    return c.html(html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}\n    ${extra}`))
  }

  return async (c) => {
    const segments = decodeSegments(c.req.path)
    // Dot segments (.., .git, .env) and odd characters are never files we built.
    if (!segments || segments.some((s) => s.startsWith('.') || /[\\/\0]/.test(s))) {
      return c.text('Not found', 404)
    }
    const last = segments.at(-1) ?? ''
    // Source maps publish the whole source: only on request (SERVE_SOURCE_MAPS=1).
    if (last.endsWith('.map') && !options.sourceMaps) return c.text('Not found', 404)
    if (last === '' || (segments.length === 1 && last === 'index.html')) return serveIndex(c)

    const file = path.join(root, ...segments)
    const relative = path.relative(root, file)
    if (relative.startsWith('..') || path.isAbsolute(relative)) return c.text('Not found', 404)

    const info = await statFile(file)
    if (!info) return last.includes('.') ? c.text('Not found', 404) : serveIndex(c)

    c.header('Content-Type', getMimeType(file) ?? 'application/octet-stream')
    c.header('Cache-Control', segments[0] === 'assets' ? IMMUTABLE : 'no-cache')
    // The build gzips text assets once (vite-precompress.ts): send those bytes as they are
    // rather than gzipping every response again (compress() leaves an encoded body alone).
    const gzipped = acceptsGzip(c.req.header('Accept-Encoding'))
      ? await statFile(`${file}.gz`)
      : null
    c.header('Vary', 'Accept-Encoding')
    if (gzipped) c.header('Content-Encoding', 'gzip')
    c.header('Content-Length', String((gzipped ?? info).size))
    if (c.req.method === 'HEAD') return c.body(null, 200)
    const source = gzipped ? `${file}.gz` : file
    const sent = gzipped ?? info
    // Hashed assets never change under their name: kept in memory once read, like a CDN would.
    if (segments[0] === 'assets' && sent.size <= MAX_CACHED_BYTES) {
      return c.body(await assetBytes(source, sent), 200)
    }
    const stream = Readable.toWeb(createReadStream(source)) as unknown as ReadableStream<Uint8Array>
    return c.body(stream, 200)
  }

  async function assetBytes(file: string, info: FileInfo): Promise<Uint8Array<ArrayBuffer>> {
    const cached = assetCache.get(file)
    if (cached?.mtimeMs === info.mtimeMs && cached.bytes.length === info.size) return cached.bytes
    const bytes = new Uint8Array(await readFile(file))
    assetCache.set(file, { mtimeMs: info.mtimeMs, bytes })
    return bytes
  }
}

/** An asset larger than this is streamed from disk each time instead of kept in memory. */
const MAX_CACHED_BYTES = 2 * 1024 * 1024

interface FileInfo {
  size: number
  mtimeMs: number
}

/** gzip is acceptable unless the header leaves it out or gives it q=0. */
function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';')
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

/**
 * The list's page (its paths, "/" included, as the head script's search knows them) with the
 * list's title already set, so that the app need not change it: a document's first title change
 * cost the main thread 0.3–7 ms at 1× CPU (about 2 ms at the median), and on the landing page it
 * came between the first rows' paint and what follows it. Other pages name themselves.
 */
function withServedTitle(html: string, requestPath: string): string {
  if (!LIST_PATH.test(requestPath)) return html
  return html.replace(/<title>[^<]*<\/title>/i, `<title>${documentTitle(CUSTOMERS_TITLE)}</title>`)
}

/** Splits a URL path into decoded segments; null when the encoding is malformed. */
function decodeSegments(urlPath: string): string[] | null {
  try {
    return urlPath.split('/').slice(1).map(decodeURIComponent)
  } catch {
    return null
  }
}

async function statFile(file: string): Promise<FileInfo | null> {
  try {
    const info = await stat(file)
    return info.isFile() ? info : null
  } catch {
    return null
  }
}
