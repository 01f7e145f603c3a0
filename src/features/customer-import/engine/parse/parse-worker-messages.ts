import type { ParsedRemovalFile, ParseProgress } from './parse-removal-csv'

export interface ParseRequest {
  file: Blob
  chunkSize?: number
}

export type ParseReply =
  | { type: 'progress'; progress: ParseProgress }
  | { type: 'done'; result: ParsedRemovalFile }
  | { type: 'failed'; message: string }

/** At most one progress message per interval, so a big file does not flood the page. */
export function throttleProgress(
  post: (progress: ParseProgress) => void,
  intervalMs = 100,
  now: () => number = () => performance.now(),
): (progress: ParseProgress) => void {
  let last = -Infinity
  return (progress) => {
    const time = now()
    if (time - last < intervalMs) return
    last = time
    post(progress)
  }
}
