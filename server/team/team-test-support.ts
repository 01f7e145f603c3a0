import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import type { Hono } from 'hono'
import { buildApp } from '../app.ts'
import type { ServerConfig } from '../config.ts'
import { startUpstream, type Received } from '../test-support.ts'
import type { Db } from './db.ts'
import { parseRoleRules } from './roles.ts'
import type { OidcRelyingParty } from './oidc.ts'
import { createSealer } from './sealed-cookie.ts'
import { createSession, newSessionId } from './session-store.ts'
import { OPERATOR_CAP, type TeamConfig } from './team-config.ts'
import type { TeamUser } from './team-user.ts'

// Team-mode test helpers: a stand-in tenant answering JSON and the server config that proxies
// to it, a team config, an app on a free loopback port whose origin is known before the app is
// built (the IdP needs the redirect URI first), signed-in sessions, and a small cookie jar.

export const SESSION_SECRET = 'test-session-secret-0123456789-abcdefghij'
export const TEST_TENANT_TOKEN = 'tok-team-test-0123456789-secret'

/** A stand-in tenant that answers every request 200 with `body(received)` as JSON. */
export function startJsonUpstream(body: (received: Received) => string) {
  return startUpstream((received, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(body(received))
  })
}

/** The server's config proxying to `upstream`, in team mode when `team` is given. */
export function teamTestConfig(upstream: { base: string }, team?: TeamConfig): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    mode: 'proxy',
    proxy: {
      apiBase: upstream.base,
      tenantId: '5200000',
      token: TEST_TENANT_TOKEN,
      timeoutMs: 5000,
      totalTimeoutMs: 10_000,
    },
    allowedHosts: [],
    ...(team ? { team } : {}),
  }
}

export function teamConfig(origin: string, issuer: string, overrides: Partial<TeamConfig> = {}) {
  const team: TeamConfig = {
    issuer: new URL(issuer),
    clientId: 'customer-manager',
    clientSecret: 'test-client-secret',
    scopes: 'openid profile email',
    sessionSecret: SESSION_SECRET,
    sessionMaxAgeSeconds: 3600,
    publicOrigin: origin,
    secureCookies: origin.startsWith('https:'),
    roles: parseRoleRules({}),
    recheckMs: 0,
    operatorCap: OPERATOR_CAP,
    ...overrides,
  }
  return team
}

export interface TeamApp {
  origin: string
  lines: string[]
  start(
    config: ServerConfig,
    options: { db: Db; distDir?: string; relyingParty?: OidcRelyingParty },
  ): void
  close(): Promise<void>
}

/** Listens first (so the origin is known), answers 503 until `start` builds the app. */
export async function listenTeamApp(): Promise<TeamApp> {
  let app: Hono | null = null
  const lines: string[] = []
  const server = serve({
    fetch: (request) => (app ? app.fetch(request) : new Response('not ready', { status: 503 })),
    port: 0,
    hostname: '127.0.0.1',
  })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://localhost:${String(port)}`,
    lines,
    start(config, options) {
      app = buildApp({
        config,
        distDir: options.distDir ?? '/nonexistent',
        log: (line) => lines.push(line),
        db: options.db,
        relyingParty: options.relyingParty,
      })
    },
    close: () =>
      new Promise<void>((resolve) => {
        ;(server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}

/**
 * A session cookie for `user` as if they had signed in (by default, their role in the `roles` claim):
 * the row in the database and the sealed cookie holding its id.
 */
export async function sessionCookie(
  db: Db,
  user: TeamUser,
  {
    expiresAt = Date.now() + 60_000,
    claims = { sub: user.subject, roles: [user.role] },
  }: { expiresAt?: number; claims?: Record<string, unknown> } = {},
): Promise<string> {
  const id = newSessionId()
  await createSession(db, id, {
    subject: user.subject,
    name: user.name,
    email: user.email ?? null,
    claims,
    expiresAt: new Date(expiresAt),
  })
  return `cm_session=${createSealer(SESSION_SECRET, 'session').seal({ id }, expiresAt)}`
}

/** Cookies per host name (enough for two loopback servers on different names). */
export class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>()

  header(url: URL): string {
    const jar = this.byHost.get(url.hostname)
    return jar ? [...jar].map(([name, value]) => `${name}=${value}`).join('; ') : ''
  }

  store(url: URL, response: Response): void {
    let jar = this.byHost.get(url.hostname)
    if (!jar) this.byHost.set(url.hostname, (jar = new Map<string, string>()))
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      const name = pair.slice(0, at).trim()
      const value = pair.slice(at + 1).trim()
      if (/max-age=0\b/i.test(line) || value === '') jar.delete(name)
      else jar.set(name, value)
    }
  }

  get(host: string, name: string): string | undefined {
    return this.byHost.get(host)?.get(name)
  }

  set(host: string, name: string, value: string): void {
    let jar = this.byHost.get(host)
    if (!jar) this.byHost.set(host, (jar = new Map<string, string>()))
    jar.set(name, value)
  }
}

/** One request with the jar's cookies, redirects not followed. */
export async function send(
  jar: CookieJar,
  url: string | URL,
  init: RequestInit & { headers?: Record<string, string> } = {},
): Promise<Response> {
  const target = new URL(url)
  const cookie = jar.header(target)
  const response = await fetch(target, {
    ...init,
    redirect: 'manual',
    headers: { ...init.headers, ...(cookie ? { cookie } : {}) },
  })
  jar.store(target, response)
  return response
}

/**
 * Walks a sign-in through the test IdP's login and consent forms as `login`, and stops at the
 * redirect back to the app's callback, which it returns without requesting it.
 */
export async function signInAtIdp(jar: CookieJar, appOrigin: string, login: string) {
  let response = await send(jar, `${appOrigin}/auth/login?next=%2Fcustomers`)
  let url = new URL(response.headers.get('location') ?? '', appOrigin)
  for (let step = 0; step < 20; step += 1) {
    if (url.origin === new URL(appOrigin).origin) return url
    response = await send(jar, url)
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location') ?? '', url)
      continue
    }
    const html = await response.text()
    const form = /<form[^>]*action="([^"]+)"[^>]*method="post"/i.exec(html)
    if (!form?.[1]) throw new Error(`No form at ${url.href} (${String(response.status)})`)
    const fields = new URLSearchParams()
    for (const input of html.matchAll(/<input[^>]*type="hidden"[^>]*>/gi)) {
      const name = /name="([^"]+)"/.exec(input[0])?.[1]
      const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? ''
      if (name) fields.set(name, value)
    }
    if (/name="login"/.test(html)) {
      fields.set('login', login)
      fields.set('password', 'any password')
    }
    const action = new URL(form[1], url)
    response = await send(jar, action, {
      method: 'POST',
      body: fields.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    url = new URL(response.headers.get('location') ?? '', action)
  }
  throw new Error('The sign-in did not come back to the app.')
}
