import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzip, constants } from 'node:zlib'
import type { Plugin } from 'vite'

const gzipAsync = promisify(gzip)
/** Text assets worth compressing; index.html is left out (the server edits it per mode). */
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt)$/
const MIN_BYTES = 1024

/**
 * Writes `<file>.gz` (gzip level 9) beside every built text asset, so the production server
 * sends ready bytes instead of gzipping each response anew (server/static-files.ts).
 */
export function precompress(): Plugin {
  return {
    name: 'cm-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist'
      await Promise.all(
        Object.keys(bundle)
          .filter((name) => COMPRESSIBLE.test(name))
          .map(async (name) => {
            const file = path.join(outDir, name)
            const raw = await readFile(file)
            if (raw.length < MIN_BYTES) return
            const gz = await gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION })
            await writeFile(`${file}.gz`, gz)
          }),
      )
    },
  }
}
