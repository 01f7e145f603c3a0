/**
 * A local OpenID Connect provider for team-mode tests (oidc-provider, a dev dependency), on
 * loopback, with made-up people whose login name is their account:
 *   viewer, operator, bulk (bulk remover), admin, and nobody (signs in, has no role).
 * Any password is accepted (oidc-provider's development login and consent pages).
 *   npx tsx scripts/oidc-test-provider.ts --port 9400 --client-id cm --client-secret s3cret \
 *     --app http://localhost:4173
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import Provider from 'oidc-provider'

export const TEST_PEOPLE: Record<string, { name: string; email: string; roles: string[] }> = {
  viewer: { name: 'Vera Viewer', email: 'vera@example.test', roles: ['viewer'] },
  operator: { name: 'Otto Operator', email: 'otto@example.test', roles: ['operator'] },
  bulk: { name: 'Bea Bulk', email: 'bea@example.test', roles: ['bulk-remover'] },
  admin: { name: 'Ada Admin', email: 'ada@example.test', roles: ['admin'] },
  nobody: { name: 'Nora Nobody', email: 'nora@example.test', roles: [] },
}

export interface TestProviderOptions {
  port?: number
  clientId: string
  clientSecret: string
  /** The app's public origin: its /auth/callback and /auth/signed-out are registered. */
  appOrigin: string
}

export async function startOidcTestProvider(
  options: TestProviderOptions,
): Promise<{ issuer: string; close: () => Promise<void> }> {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const issuer = `http://127.0.0.1:${String(port)}`
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [`${options.appOrigin}/auth/callback`],
        post_logout_redirect_uris: [`${options.appOrigin}/auth/signed-out`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'roles'],
    },
    findAccount(_ctx, id) {
      const person = TEST_PEOPLE[id]
      if (!person) return Promise.resolve(undefined)
      return Promise.resolve({
        accountId: id,
        claims: () =>
          Promise.resolve({
            sub: id,
            name: person.name,
            email: person.email,
            email_verified: true,
            roles: person.roles,
          }),
      })
    },
    cookies: { keys: ['test-only-cookie-key-0123456789abcdef'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  })
  server.on('request', provider.callback())
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      app: { type: 'string' },
    },
  })
  const { issuer } = await startOidcTestProvider({
    port: Number(values.port ?? 0),
    clientId: values['client-id'] ?? 'customer-manager',
    clientSecret: values['client-secret'] ?? 'test-client-secret',
    appOrigin: values.app ?? 'http://localhost:4173',
  })
  console.log(`Test OpenID Connect provider: ${issuer}`)
}
