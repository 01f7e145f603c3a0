/** A small seeded PRNG (mulberry32): same seed, same sequence, in every runtime. */
export type Random = () => number

const STEP = 0x6d2b79f5

export function mulberry32(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + STEP) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The stream of `mulberry32(seed)` after `draws` numbers were taken. Its state is a counter
 * (seed + draws × step), so any point of a stream can be reached without replaying it.
 */
export function mulberry32After(seed: number, draws: number): Random {
  return mulberry32(seed + Math.imul(draws, STEP))
}

/** Mixes a seed with further numbers, so each customer gets its own independent stream. */
export function hashSeed(...parts: number[]): number {
  let h = 0x811c9dc5
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193)
    h ^= h >>> 13
    h = Math.imul(h, 0x5bd1e995)
    h ^= h >>> 15
  }
  return h >>> 0
}

export function randomInt(rng: Random, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1))
}

export function pick<T>(rng: Random, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)]
  if (item === undefined) throw new Error('pick() from an empty list')
  return item
}

export function chance(rng: Random, probability: number): boolean {
  return rng() < probability
}

/** `length` random digits (up to 15), leading zeros kept. */
export function digits(rng: Random, length: number): string {
  return digitsOf(rng(), length)
}

/** The digits `digits()` makes of one draw, for code that keeps the draw and formats later. */
export function digitsOf(draw: number, length: number): string {
  return String(Math.floor(draw * 10 ** length)).padStart(length, '0')
}
