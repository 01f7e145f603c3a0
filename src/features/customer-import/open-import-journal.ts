import { ImportJournal, JOURNAL_NAME } from './engine/run/import-journal'

const journals = new Map<string, Promise<ImportJournal>>()

/** IndexedDB that neither opens nor fails (some private modes, a blocked upgrade) counts as failed. */
export const JOURNAL_OPEN_TIMEOUT_MS = 10_000

function openWithin(name: string, ms: number): Promise<ImportJournal> {
  return new Promise((resolve, reject) => {
    let late = false
    const timer = setTimeout(() => {
      late = true
      reject(new Error('The import journal did not open.'))
    }, ms)
    ImportJournal.open(name).then(
      (journal) => {
        clearTimeout(timer)
        if (late) journal.close()
        else resolve(journal)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error('The import journal did not open.'))
      },
    )
  })
}

/**
 * One journal connection per database for the whole tab. Loaded on its own (a dynamic
 * import, a few KB): the app shell reads it at idle to learn whether a run needs the engine.
 */
export function openJournal(name = JOURNAL_NAME): Promise<ImportJournal> {
  let opened = journals.get(name)
  if (!opened) {
    opened = openWithin(name, JOURNAL_OPEN_TIMEOUT_MS)
    opened.catch(() => journals.delete(name))
    journals.set(name, opened)
  }
  return opened
}

/** Whether the journal holds a run this tab could resume (paused, or left by a closed tab). */
export async function hasResumableRun(name?: string): Promise<boolean> {
  const runs = await (await openJournal(name)).listResumableRuns()
  return runs.length > 0
}
