import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

// Cookie values sealed with AES-256-GCM under a key derived from SESSION_SECRET: the browser
// can neither read nor alter them, and any instance with the same secret can open them, so
// sessions need no shared store. Each purpose gets its own key, so a sign-in cookie can never
// pass for a session cookie.

const IV_BYTES = 12
const TAG_BYTES = 16

export type SealPurpose = 'session' | 'sign-in'

export interface Sealer {
  seal(value: unknown, expiresAt: number): string
  /** The value, or null when the cookie is forged, damaged, sealed for another purpose or expired. */
  open(sealed: string | undefined, now?: number): unknown
}

export function createSealer(secret: string, purpose: SealPurpose): Sealer {
  const key = Buffer.from(hkdfSync('sha256', secret, 'customer-manager', `cookie:${purpose}`, 32))
  return {
    seal(value, expiresAt) {
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const plain = Buffer.from(JSON.stringify({ v: value, exp: expiresAt }))
      const body = Buffer.concat([cipher.update(plain), cipher.final()])
      return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')
    },
    open(sealed, now = Date.now()) {
      if (!sealed || sealed.length > 8192) return null
      const bytes = Buffer.from(sealed, 'base64url')
      if (bytes.length <= IV_BYTES + TAG_BYTES) return null
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES))
        decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES))
        const plain = Buffer.concat([
          decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
          decipher.final(),
        ])
        const { v, exp } = JSON.parse(plain.toString()) as { v: unknown; exp: unknown }
        return typeof exp === 'number' && exp > now ? v : null
      } catch {
        return null
      }
    },
  }
}
