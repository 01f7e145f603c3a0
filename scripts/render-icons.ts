/**
 * Renders each row icon's SVG source to the PNG that the style sheet uses as its mask:
 *   npx tsx scripts/render-icons.ts
 * An SVG image costs the page a document of its own (about 3 ms of the main thread at 1×, in
 * the list's first frame); a PNG is only decoded. Drawn at 3× the 16 px it is shown at, so it
 * stays sharp on high-density screens. Run it after changing an SVG, and commit both.
 */
import { chromium } from '@playwright/test'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts'

const FOLDERS = ['src/features/customer-delete/icons']
const SIZE = 48

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage()
  for (const folder of FOLDERS) {
    const dir = path.join(root, folder)
    for (const name of (await readdir(dir)).filter((file) => file.endsWith('.svg')).sort()) {
      const svg = await readFile(path.join(dir, name), 'utf8')
      const base64 = await page.evaluate(
        async ({ source, size }) => {
          const image = new Image()
          image.src = `data:image/svg+xml,${encodeURIComponent(source)}`
          await image.decode()
          const canvas = document.createElement('canvas')
          canvas.width = canvas.height = size
          canvas.getContext('2d')?.drawImage(image, 0, 0, size, size)
          return canvas.toDataURL('image/png').split(',')[1] ?? ''
        },
        { source: svg, size: SIZE },
      )
      const out = path.join(dir, name.replace(/\.svg$/, '.png'))
      await writeFile(out, Buffer.from(base64, 'base64'))
      console.log(`${path.relative(root, out)} (${SIZE}×${SIZE})`)
    }
  }
} finally {
  await browser.close()
}
