import { Transform } from 'node:stream'

export const REDACTED = '[redacted]'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Every way a JSON writer may spell `secret` (visible ASCII): each character as is or as a
 * `\uXXXX` escape (either case of hex digits), and `/` also as `\/` (PHP's json_encode).
 * Matched on latin1 text, which maps bytes to characters one to one.
 */
export function secretPattern(secret: string): { pattern: RegExp; maxLength: number } {
  const parts = [...secret].map((char) => {
    const code = char.charCodeAt(0).toString(16).padStart(4, '0')
    const forms = [
      escapeRegExp(char),
      `\\\\u${code.replace(/[a-f]/g, (h) => `[${h}${h.toUpperCase()}]`)}`,
    ]
    if (char === '/') forms.push('\\\\/')
    return `(?:${forms.join('|')})`
  })
  return { pattern: new RegExp(parts.join(''), 'g'), maxLength: secret.length * 6 }
}

/** True when `text` holds `secret` in any of its JSON spellings. */
export function containsSecret(text: string, secret: string): boolean {
  const { pattern } = secretPattern(secret)
  return pattern.test(text)
}

/**
 * Replaces every spelling of `secret` in a byte stream, also across chunk boundaries, by
 * holding back the bytes that could begin a match completed by the next chunk.
 */
export function redactStream(secret: string): Transform {
  const { pattern, maxLength } = secretPattern(secret)
  let tail = ''
  const redact = (text: string, final: boolean): Buffer => {
    const cut = final ? text.length : Math.max(0, text.length - (maxLength - 1))
    let out = ''
    let from = 0
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match && match.index < cut; match = pattern.exec(text)) {
      out += text.slice(from, match.index) + REDACTED
      from = match.index + match[0].length
    }
    const keepFrom = Math.max(from, cut)
    out += text.slice(from, keepFrom)
    tail = text.slice(keepFrom)
    return Buffer.from(out, 'latin1')
  }
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, redact(tail + chunk.toString('latin1'), false))
    },
    flush(done) {
      done(null, redact(tail, true))
    },
  })
}
