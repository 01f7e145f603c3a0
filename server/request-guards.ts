import type { MiddlewareHandler } from 'hono'
import { isLoopback } from './loopback.ts'
import { errorJson } from './proxy.ts'

/**
 * The proxy spends the tenant's token on behalf of whoever calls it, so it only answers the
 * app itself: cross-site requests (CSRF) are refused, and only requests addressed to an exact
 * loopback name or a configured host name (ALLOWED_HOSTS) are accepted, since with DNS
 * rebinding a hostile page's own origin would otherwise look same-origin.
 */
export function sameOriginOnly(allowedHosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedHosts.map((name) => name.toLowerCase()))
  return async (c, next) => {
    const host = c.req.header('host') ?? ''
    const hostname = hostnameOf(host)
    if (!isLoopback(hostname) && !allowed.has(hostname)) {
      return errorJson(
        c,
        403,
        'This server only answers on its loopback address and the host names in ALLOWED_HOSTS.',
      )
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

/** The host name of a Host header, lower-cased; '' when it is not a plain host[:port]. */
export function hostnameOf(host: string): string {
  if (!/^[A-Za-z0-9.\-[\]:]+$/.test(host)) return ''
  try {
    return new URL(`http://${host}`).hostname.toLowerCase()
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
