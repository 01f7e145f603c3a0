import { Hono, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { compress } from 'hono/compress'
import type { ServerConfig } from './config.ts'
import { errorJson, loanProProxy, PROXY_PREFIX, type UpstreamTransport } from './proxy.ts'
import { requestLog, type LogLine } from './request-log.ts'
import { sameOriginOnly } from './request-guards.ts'
import { securityHeaders } from './security-headers.ts'
import { staticFiles } from './static-files.ts'
import { deleteAudit } from './team/audit-delete.ts'
import { auditRoutes } from './team/audit-routes.ts'
import type { Db } from './team/db.ts'
import type { OidcRelyingParty } from './team/oidc.ts'
import { enforceRoles } from './team/role-guard.ts'
import { runRoutes } from './team/runs-routes.ts'
import { teamMode } from './team/team-mode.ts'

export interface AppOptions {
  config: ServerConfig
  distDir: string
  log: LogLine
  transport?: UpstreamTransport
  /** Team mode's database: with it, customer deletes are audited and /api/audit is served. */
  db?: Db
  /** Team mode's server runs (with a tenant and db): told when a run is created or cancelled. */
  runs?: { kick: () => void }
  /** Team mode's OpenID Connect side; tests pass a stand-in. */
  relyingParty?: OidcRelyingParty
}

export const TENANT_HEADER = 'X-CM-Tenant'
export const INSTANCE_HEADER = 'X-CM-Instance'
const MAX_API_BODY = 1024 * 1024

/**
 * Every response says which tenant this server serves (`demo`, or `proxy` for a real one) and,
 * when started with CM_INSTANCE, whose server it is: test suites refuse any other server.
 */
function declareTenant(config: ServerConfig): MiddlewareHandler {
  return async (c, next) => {
    await next()
    c.res.headers.set(TENANT_HEADER, config.mode)
    if (config.instance) c.res.headers.set(INSTANCE_HEADER, config.instance)
  }
}

/** Builds the production app; no listening here, so tests can drive it directly. */
export function buildApp({
  config,
  distDir,
  log,
  transport,
  db,
  runs,
  relyingParty,
}: AppOptions): Hono {
  const app = new Hono()
  const token = config.proxy?.token
  app.use(requestLog(log, token ? [token] : []))
  app.use(securityHeaders())
  app.use(declareTenant(config))
  app.use(compress())

  // Team mode: /auth/* is open; everything after it needs a signed-in person.
  if (config.team && !db) throw new Error('Team mode needs its database (sessions, audit).')
  const team = config.team && db ? teamMode(config.team, db, log, relyingParty) : null
  if (team) {
    app.route('/auth', team.routes)
    app.use('*', team.requireSession)
    app.get('/api/session', team.session)
    app.use('/api/sessions*', sameOriginOnly(config.allowedHosts))
    app.route('/api', team.sessionRoutes)
  }

  const proxyRoute = `${PROXY_PREFIX}*`
  if (config.proxy) {
    app.use(proxyRoute, sameOriginOnly(config.allowedHosts))
    app.use(
      proxyRoute,
      bodyLimit({
        maxSize: MAX_API_BODY,
        onError: (c) => errorJson(c, 413, 'The request body is too large.'),
      }),
    )
    const audit = db ? deleteAudit({ db, proxy: config.proxy, transport, log }) : null
    // Before the role check, so that a DELETE it refuses is recorded too.
    if (audit) app.use(proxyRoute, audit.recordRefusals)
    if (team && db && config.team) app.use(proxyRoute, enforceRoles(db, config.team.operatorCap))
    // Last before the proxy: the snapshot is taken only for a DELETE that will be sent.
    if (audit) app.use(proxyRoute, audit.snapshotBeforeDelete)
    app.all(proxyRoute, loanProProxy(config.proxy, transport))
  } else {
    app.all(proxyRoute, (c) => errorJson(c, 404, 'No LoanPro tenant is configured on this server.'))
  }
  if (db) {
    app.use('/api/audit*', sameOriginOnly(config.allowedHosts))
    app.route('/api', auditRoutes(db))
  }
  if (db && runs) {
    app.use('/api/runs*', sameOriginOnly(config.allowedHosts))
    app.route('/api', runRoutes(db, { onChange: () => runs.kick() }))
  }
  app.all('/api/*', (c) => errorJson(c, 404, 'Unknown API path.'))
  app.get(
    '*',
    staticFiles(distDir, config.mode, {
      sourceMaps: config.sourceMaps === true,
      personalize: team?.userMeta,
    }),
  )
  app.notFound((c) => c.text('Not found', 404))
  app.onError((error, c) => {
    // Details go to the operator's log only, with the token masked; the browser gets no detail.
    const detail = String(error.stack ?? error)
    log(`Unhandled server error: ${token ? detail.split(token).join('[redacted]') : detail}`)
    return c.json({ error: { message: 'Internal server error.' } }, 500)
  })
  return app
}
