import { CsvReadError } from './csv-row-stream'
import { parseRemovalCsv, type ParsedRemovalFile, type ParseOptions } from './parse-removal-csv'
import { abortReason } from '../removal-tenant-port'
import { throttleProgress, type ParseReply, type ParseRequest } from './parse-worker-messages'

/**
 * Parses a removal file in a Web Worker so the page stays responsive; where there is no
 * Worker (tests, old runtimes) it parses in this thread, yielding between chunks.
 * Rejects with CsvReadError (a message for people) or the signal's reason.
 */
export function parseRemovalFile(
  file: Blob,
  options: ParseOptions = {},
): Promise<ParsedRemovalFile> {
  const onProgress = options.onProgress && throttleProgress(options.onProgress)
  if (typeof Worker === 'undefined') {
    return parseRemovalCsv(file, { ...options, onProgress })
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' })
    const stop = () => {
      worker.terminate()
      options.signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = () => {
      stop()
      reject(abortReason(options.signal))
    }
    if (options.signal?.aborted) return onAbort()
    options.signal?.addEventListener('abort', onAbort, { once: true })
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      const message = event.data
      if (message.type === 'progress') return onProgress?.(message.progress)
      stop()
      if (message.type === 'done') resolve(message.result)
      else reject(new CsvReadError(message.message))
    }
    worker.onerror = () => {
      stop()
      reject(new CsvReadError('The file could not be read. Try again, or save it again as CSV.'))
    }
    const request: ParseRequest = { file, chunkSize: options.chunkSize }
    worker.postMessage(request)
  })
}
