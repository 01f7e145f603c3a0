// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Alias, UserConfig } from 'vite'
import config from '../vite.config.ts'

function buildAlias(specifier: string): Alias | undefined {
  const resolved = (config as (env: { command: 'build'; mode: string }) => UserConfig)({
    command: 'build',
    mode: 'production',
  })
  const aliases = (resolved.resolve?.alias ?? []) as Alias[]
  return aliases.find((entry) => entry.find instanceof RegExp && entry.find.test(specifier))
}

describe('the build configuration', () => {
  it("takes React Router's production build, without its development warnings", () => {
    const replacement = buildAlias('react-router')?.replacement ?? ''
    expect(replacement).toMatch(/react-router\/dist\/production\/index\.mjs$/)
    // Only the package's main entry: its subpaths (react-router/dom) keep their own.
    expect(buildAlias('react-router/dom')).toBeUndefined()
    const entry = readFileSync(replacement, 'utf8')
    const chunks = [...entry.matchAll(/from "\.\/(chunk-[\w-]+\.mjs)"/g)]
      .map((match) => readFileSync(new URL(match[1] ?? '', `file://${replacement}`), 'utf8'))
      .join('\n')
    expect(chunks).toContain('var ENABLE_DEV_WARNINGS = false;')
    expect(chunks).not.toContain('var ENABLE_DEV_WARNINGS = true;')
  })
})
