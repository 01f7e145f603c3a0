import { Transform } from 'node:stream'

export const REDACTED = '[redacted]'

/**
 * Replaces every occurrence of `secret` in a byte stream, also across chunk boundaries, by
 * holding back the last secret.length - 1 bytes until the next chunk arrives.
 */
export function redactStream(secret: string): Transform {
  const needle = Buffer.from(secret)
  let tail: Buffer = Buffer.alloc(0)
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const { out, rest } = redactBytes(Buffer.concat([tail, chunk]), needle, false)
      tail = rest
      done(null, out)
    },
    flush(done) {
      done(null, redactBytes(tail, needle, true).out)
    },
  })
}

function redactBytes(buf: Buffer, needle: Buffer, final: boolean): { out: Buffer; rest: Buffer } {
  const parts: Buffer[] = []
  let from = 0
  for (let at = buf.indexOf(needle, from); at !== -1; at = buf.indexOf(needle, from)) {
    parts.push(buf.subarray(from, at), Buffer.from(REDACTED))
    from = at + needle.length
  }
  // Bytes that could begin a match completed by the next chunk wait for it.
  const keep = final ? 0 : Math.min(needle.length - 1, buf.length - from)
  parts.push(buf.subarray(from, buf.length - keep))
  return { out: Buffer.concat(parts), rest: Buffer.from(buf.subarray(buf.length - keep)) }
}
