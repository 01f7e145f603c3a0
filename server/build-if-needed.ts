import { spawn } from 'node:child_process'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

// What a build reads; newer than dist/index.html means the build is stale.
const BUILD_INPUTS = ['src', 'public', 'index.html', 'package-lock.json']
/** tsconfigs, and the Vite config with its plugins (vite-early-search.ts and the like). */
const ROOT_INPUT = /^(tsconfig.*\.json|vite[.-].*\.ts)$/

/** True when dist/index.html is missing or older than the newest build input. */
export async function needsBuild(projectRoot: string): Promise<boolean> {
  const built = await mtime(path.join(projectRoot, 'dist', 'index.html'))
  if (built === null) return true
  const rootFiles = await readdir(projectRoot)
  const inputs = [...BUILD_INPUTS, ...rootFiles.filter((name) => ROOT_INPUT.test(name))]
  for (const input of inputs) {
    if ((await newest(path.join(projectRoot, input))) > built) return true
  }
  return false
}

/** Runs `npm run build` in the project, with its output shown to the operator. */
export function runBuild(projectRoot: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const child = spawn(npm, ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve()
      else reject(new Error(`npm run build exited with code ${String(code)}`))
    })
  })
}

async function mtime(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mtimeMs
  } catch {
    return null
  }
}

/** Newest modification time of a file, or of any file below a directory; 0 if absent. */
async function newest(target: string): Promise<number> {
  let info
  try {
    info = await stat(target)
  } catch {
    return 0
  }
  if (!info.isDirectory()) return info.mtimeMs
  let max = 0
  for (const entry of await readdir(target, { withFileTypes: true })) {
    max = Math.max(max, await newest(path.join(target, entry.name)))
  }
  return max
}
