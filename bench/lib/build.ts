import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
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
 * while the bench runs cannot change the files it serves and weighs.
 */
export async function buildApp(): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'cm-bench-dist-'))
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
