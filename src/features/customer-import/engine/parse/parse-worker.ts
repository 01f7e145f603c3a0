// Runs parseRemovalCsv off the main thread. Rows come back as transferred typed arrays.
import { CsvReadError } from './csv-row-stream'
import { parseRemovalCsv } from './parse-removal-csv'
import { throttleProgress, type ParseReply, type ParseRequest } from './parse-worker-messages'

// The app's lib is DOM; a worker's postMessage takes the same { transfer } options.
const reply = (message: ParseReply, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer })

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  try {
    const result = await parseRemovalCsv(event.data.file, {
      chunkSize: event.data.chunkSize,
      onProgress: throttleProgress((progress) => reply({ type: 'progress', progress })),
    })
    reply({ type: 'done', result }, [result.ids.buffer, result.lines.buffer])
  } catch (error) {
    const message =
      error instanceof CsvReadError
        ? error.message
        : 'The file could not be read. Try saving it again.'
    reply({ type: 'failed', message })
  }
}
