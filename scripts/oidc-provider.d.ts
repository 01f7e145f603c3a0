// The little of oidc-provider (a dev dependency, shipped without types) that the test
// identity provider uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  export interface ProviderAccount {
    accountId: string
    claims: (use: string, scope: string) => Promise<Record<string, unknown>>
  }
  export interface ProviderConfiguration {
    clients?: Record<string, unknown>[]
    findAccount?: (ctx: unknown, id: string) => Promise<ProviderAccount | undefined>
    claims?: Record<string, string[]>
    cookies?: { keys: string[] }
    features?: Record<string, { enabled: boolean }>
    pkce?: { required: () => boolean }
    [key: string]: unknown
  }
  export default class Provider {
    constructor(issuer: string, configuration?: ProviderConfiguration)
    proxy: boolean
    callback(): (req: IncomingMessage, res: ServerResponse) => void
  }
}
