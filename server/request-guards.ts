import type { MiddlewareHandler } from 'hono'
import { isLoopback } from './config.ts'
import { errorJson } from './proxy.ts'

/**
 * The proxy spends the tenant's token on behalf of whoever calls it, so it only answers the
 * app itself: cross-site requests (CSRF) are refused, and when the server listens on loopback
 * only loopback Host names are accepted (DNS rebinding would otherwise look same-origin).
 */
export function sameOriginOnly(loopbackOnly: boolean): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? ''
    if (loopbackOnly && !isLoopback(hostnameOf(host))) {
      return errorJson(c, 403, 'This server only answers on its loopback address.')
    }
    const site = c.req.header('sec-fetch-site')
    const origin = c.req.header('origin')
    const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none'
    if (crossSite || (origin !== undefined && originHost(origin) !== host.toLowerCase())) {
      return errorJson(c, 403, 'Cross-site requests are not allowed.')
    }
    await next()
  }
}

function hostnameOf(host: string): string {
  try {
    return new URL(`http://${host}`).hostname
  } catch {
    return ''
  }
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host
  } catch {
    return null
  }
}
