// @vitest-environment node
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { needsBuild } from './build-if-needed.ts'

let root: string
const at = (seconds: number) => new Date(seconds * 1000)
async function put(relative: string, seconds: number) {
  const file = path.join(root, relative)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, 'x')
  await utimes(file, at(seconds), at(seconds))
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cm-build-'))
  await put('src/features/customers/list.tsx', 1000)
  await put('index.html', 1000)
  await put('package-lock.json', 1000)
  await put('tsconfig.app.json', 1000)
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('needsBuild', () => {
  it('builds when dist/index.html is missing', async () => {
    expect(await needsBuild(root)).toBe(true)
  })

  it('skips the build when dist is newer than every input', async () => {
    await put('dist/index.html', 2000)
    expect(await needsBuild(root)).toBe(false)
  })

  it.each([
    'src/features/customers/list.tsx',
    'index.html',
    'vite.config.ts',
    'vite-early-search.ts',
    'package-lock.json',
    'tsconfig.app.json',
    'public/favicon.svg',
  ])('rebuilds when %s changed after the build', async (input) => {
    await put('dist/index.html', 2000)
    await put(input, 3000)
    expect(await needsBuild(root)).toBe(true)
  })

  it('ignores other files at the root', async () => {
    await put('dist/index.html', 2000)
    await put('README.md', 3000)
    expect(await needsBuild(root)).toBe(false)
  })
})
