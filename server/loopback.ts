import { isIPv4 } from 'node:net'

/** Exact loopback names and addresses only: '127.evil.example' is a DNS name, not loopback. */
export function isLoopback(hostname: string): boolean {
  const name = hostname.toLowerCase()
  if (name === 'localhost' || name === '[::1]' || name === '::1') return true
  return isIPv4(name) && name.startsWith('127.')
}
