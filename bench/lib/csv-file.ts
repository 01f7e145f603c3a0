import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/**
 * A removal file of `rows` data rows: ids 1..rows, with a realistic sprinkle of trouble
 * (one bad id in 1,000 rows, one duplicate in ~1,000) so that the row rules do real work.
 */
export function removalCsv(rows: number): string {
  const lines = ['action,customerId']
  for (let i = 1; i <= rows; i++) {
    if (i % 1000 === 500) lines.push(`remove,x${String(i)}`)
    else if (i % 997 === 0) lines.push(`remove,${String(i - 1)}`)
    else lines.push(`remove,${String(i)}`)
  }
  return `${lines.join('\r\n')}\r\n`
}

/** The same file on disk, for the browser's file input. */
export async function writeRemovalCsv(text: string): Promise<string> {
  const file = path.join(os.tmpdir(), `cm-bench-removal-${String(process.pid)}.csv`)
  await writeFile(file, text)
  return file
}
