import { spawn } from 'node:child_process'
import { access, cp, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Runs a command in the project and rejects (with its output) when it fails. */
export function runCommand(command: string, args: string[], cwd = PROJECT_ROOT): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-2000)}`)),
    )
  })
}

/**
 * A production build with a manifest, in a private temp folder: other people rebuilding dist/
 * while the bench runs cannot change the files it serves and weighs. `BENCH_APP_DIST` names a
 * build made moments ago with `--manifest` (test-all's): it is copied rather than built again.
 */
export async function buildApp(): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'cm-bench-dist-'))
  const prebuilt = process.env.BENCH_APP_DIST
  if (prebuilt) {
    const source = path.resolve(PROJECT_ROOT, prebuilt)
    await access(path.join(source, '.vite', 'manifest.json')).catch(() => {
      throw new Error(
        `BENCH_APP_DIST=${prebuilt} holds no .vite/manifest.json: build it with --manifest.`,
      )
    })
    await cp(source, outDir, { recursive: true })
    return outDir
  }
  const vite = path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  await runCommand(process.execPath, [
    vite,
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--manifest',
    '--logLevel',
    'warn',
  ])
  return outDir
}
