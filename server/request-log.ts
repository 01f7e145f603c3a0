import type { MiddlewareHandler } from 'hono'

export type LogLine = (line: string) => void

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
    for (const secret of secrets) if (secret) path = path.split(secret).join('[redacted]')
    log(`${c.req.method} ${path} ${c.res.status} ${ms}ms`)
  }
}
