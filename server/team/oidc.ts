import * as client from 'openid-client'
import { isLoopback } from '../loopback.ts'
import type { TeamConfig } from './team-config.ts'

// The OpenID Connect relying party, on openid-client: discovery, the authorization request
// (code + PKCE S256 + state + nonce), the code exchange with its checks, and RP-initiated logout.

export interface SignInRequest {
  url: URL
  /** Kept in the sealed sign-in cookie until the IdP sends the browser back. */
  checks: { state: string; nonce: string; verifier: string }
}

export interface SignedIn {
  /** ID token claims, completed by userinfo (names, e-mail, groups often live there). */
  claims: Record<string, unknown>
  idToken?: string
}

export interface OidcRelyingParty {
  startSignIn(): Promise<SignInRequest>
  finishSignIn(callbackUrl: URL, checks: SignInRequest['checks']): Promise<SignedIn>
  /** The IdP's end-session URL, or null when it offers none. */
  endSessionUrl(idToken: string | undefined): Promise<URL | null>
}

export const CALLBACK_PATH = '/auth/callback'
export const SIGNED_OUT_PATH = '/auth/signed-out'

export function createRelyingParty(team: TeamConfig): OidcRelyingParty {
  const redirectUri = `${team.publicOrigin}${CALLBACK_PATH}`
  let discovered: Promise<client.Configuration> | null = null

  // Discovered on first use and kept; a failure is not kept, so the next sign-in tries again.
  function configuration(): Promise<client.Configuration> {
    discovered ??= client
      .discovery(
        team.issuer,
        team.clientId,
        { redirect_uris: [redirectUri], response_types: ['code'] },
        team.clientSecret ? client.ClientSecretBasic(team.clientSecret) : client.None(),
        // Plain http only for a provider on this machine (config.ts allows nothing else).
        isLoopback(team.issuer.hostname) && team.issuer.protocol === 'http:'
          ? { execute: [client.allowInsecureRequests] }
          : undefined,
      )
      .catch((error: unknown) => {
        discovered = null
        throw error
      })
    return discovered
  }

  return {
    async startSignIn() {
      const config = await configuration()
      const checks = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
      }
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: team.scopes,
        response_type: 'code',
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(checks.verifier),
        code_challenge_method: 'S256',
      })
      return { url, checks }
    },

    async finishSignIn(callbackUrl, checks) {
      const config = await configuration()
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.verifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      })
      const idClaims = tokens.claims()
      if (!idClaims) throw new Error('The identity provider sent no ID token.')
      let claims: Record<string, unknown> = { ...idClaims }
      if (config.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)
        // The ID token's own claims (sub, iss, aud) stay authoritative.
        claims = { ...info, ...idClaims }
      }
      return { claims, idToken: tokens.id_token }
    },

    async endSessionUrl(idToken) {
      const config = await configuration().catch(() => null)
      if (!config?.serverMetadata().end_session_endpoint) return null
      const parameters: Record<string, string> = {
        post_logout_redirect_uri: `${team.publicOrigin}${SIGNED_OUT_PATH}`,
        client_id: team.clientId,
      }
      if (idToken) parameters.id_token_hint = idToken
      return client.buildEndSessionUrl(config, parameters)
    },
  }
}
