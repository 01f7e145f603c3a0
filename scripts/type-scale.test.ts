// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The style sheets keep to the type scale in tokens.css and use no SVG images: every size ×
 * weight a page draws is a font its first layout sets up (a round trip to the browser process
 * each, on Linux), and every SVG image a document of its own (README, "What the list page does
 * for its first paint").
 */
const SIZES = new Set([
  'var(--text-small)',
  'var(--text-large)',
  'var(--text-title)',
  'inherit',
  '1rem',
])
const WEIGHTS = new Set(['var(--weight-strong)', 'normal'])
const SHORTHANDS = new Set(['inherit', '14px/1.45 var(--font)'])

const root = path.resolve(import.meta.dirname, '../src')
const sheets = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  .map((file) => ({
    file,
    text: readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''),
  }))

function declarations(property: string): string[] {
  const pattern = new RegExp(`(?:^|[;{\\s])${property}:\\s*([^;}]+)`, 'g')
  return sheets.flatMap(({ file, text }) =>
    [...text.matchAll(pattern)].map((match) => `${file}: ${(match[1] ?? '').trim()}`),
  )
}

const valueOf = (declaration: string) => declaration.slice(declaration.indexOf(': ') + 2)

describe('the style sheets', () => {
  it('are found', () => {
    expect(sheets.length).toBeGreaterThan(10)
    expect(declarations('font-size').length).toBeGreaterThan(10)
  })

  it('size text only with the type scale', () => {
    expect(declarations('font-size').filter((d) => !SIZES.has(valueOf(d)))).toEqual([])
    expect(declarations('font').filter((d) => !SHORTHANDS.has(valueOf(d)))).toEqual([])
  })

  it('use two weights', () => {
    expect(declarations('font-weight').filter((d) => !WEIGHTS.has(valueOf(d)))).toEqual([])
  })

  it('draw no SVG images', () => {
    const svg = sheets.filter(({ text }) => /url\([^)]*(svg\+xml|\.svg\b)/.test(text))
    expect(svg.map(({ file }) => file)).toEqual([])
  })
})
