import type { Random } from './random'

/** `/Date(seconds)/`, LoanPro's date format (seconds, not milliseconds). */
export function wireDate(seconds: number): string {
  return `/Date(${Math.floor(seconds)})/`
}

/** A "zero date" as LoanPro stores it for unknown dates. */
export const ZERO_DATE = '/Date(-62169984000)/'

/** Mostly a real date, sometimes null, `/Date(0)/` or the negative zero date. */
export function wireDateOrZero(rng: Random, seconds: number): string | null {
  const roll = rng()
  if (roll < 0.04) return null
  if (roll < 0.07) return '/Date(0)/'
  if (roll < 0.1) return ZERO_DATE
  return wireDate(seconds)
}

/** Flags are 0/1 integers, but a few arrive as strings ("1"). */
export function wireFlag(rng: Random, value: boolean): number | string {
  const n = value ? 1 : 0
  return rng() < 0.12 ? String(n) : n
}

/** Money is a number or a string with two decimals. */
export function wireMoney(rng: Random, amount: number): number | string {
  const rounded = Math.round(amount * 100) / 100
  return rng() < 0.4 ? rounded.toFixed(2) : rounded
}

export function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10)
}

export function isoDateTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 19).replace('T', ' ')
}

export function secondsFromIso(value: string): number {
  return Math.floor(Date.parse(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`) / 1000)
}

export function slug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '')
}
