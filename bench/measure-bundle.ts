import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Figure } from './lib/figure.ts'

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
}
type Manifest = Record<string, ManifestChunk>

const ROUTE = 'src/app/routes/customers-route.tsx'
const LIMIT_KB = 140
// Lazy by design: the demo tenant (msw + generator) and the import wizard.
const LAZY_ONLY = /(^|\/)(mocks|msw)\/|customer-import|import-route/

/** Keys of `roots` and everything they import statically (what the browser must load). */
function staticClosure(manifest: Manifest, roots: string[]): string[] {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const next of manifest[key]?.imports ?? []) visit(next)
  }
  roots.forEach(visit)
  return [...seen]
}

/** Initial JS of /customers: the entry, the customers route, their static imports; gzip. */
export async function measureBundle(distDir: string): Promise<Figure> {
  const manifest = JSON.parse(
    await readFile(path.join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry === true)
  if (!entry) throw new Error('The build manifest has no entry chunk.')
  // The list may be a lazy chunk of its own, or part of the entry (no manifest key then).
  const keys = staticClosure(manifest, manifest[ROUTE] ? [entry, ROUTE] : [entry])
  const files: Record<string, number> = {}
  let total = 0
  for (const key of keys) {
    const file = manifest[key]?.file
    if (!file?.endsWith('.js')) continue
    const gzip = gzipSync(await readFile(path.join(distDir, file))).length
    files[file] = gzip
    total += gzip
  }
  const leaked = keys.filter((key) => LAZY_ONLY.test(key))
  const kb = total / 1024
  return {
    id: 'initial-js',
    label: 'Initial JS for /customers, gzip',
    target: `≤ ${LIMIT_KB} KB`,
    result: `${kb.toFixed(1)} KB (${Object.keys(files).length} files)`,
    met: kb <= LIMIT_KB && leaked.length === 0,
    value: files,
    note:
      leaked.length > 0
        ? `Statically loaded although meant to be lazy: ${leaked.join(', ')}.`
        : 'Entry + customers route + their static imports; demo (msw) and import chunks are lazy.',
  }
}
