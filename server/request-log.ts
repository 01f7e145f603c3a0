import type { MiddlewareHandler } from 'hono'
import { containsSecret, REDACTED } from './redact-stream.ts'

export type LogLine = (line: string) => void

/**
 * Control characters (a decoded %0A would start a forged log line), backslashes and the Unicode
 * line separators written as escapes, so each request stays one line that says what came in.
 */
export function escapeForLog(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029\\]/g, (char) =>
    char === '\\' ? '\\\\' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/**
 * One line per request: method, path, status, duration. The query string is left out because
 * it can carry search terms; `secrets` are masked in case one ever appears in a path.
 */
export function requestLog(log: LogLine, secrets: readonly string[] = []): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()
    await next()
    const ms = Math.round(performance.now() - started)
    let path = c.req.path
    for (const secret of secrets) {
      if (secret && containsSecret(path, secret)) path = path.split(secret).join(REDACTED)
      if (secret && containsSecret(path, secret)) path = '[path withheld: it held the token]'
    }
    log(`${c.req.method} ${escapeForLog(path)} ${String(c.res.status)} ${String(ms)}ms`)
  }
}
