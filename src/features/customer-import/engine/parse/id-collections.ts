/** Typed collections for the hot loop of reading a removal file: no object per row. */

/** An append-only list of unsigned 32-bit numbers that doubles as it fills. */
export class GrowingUint32 {
  private data = new Uint32Array(1 << 16)
  length = 0

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }

  toArray(): Uint32Array {
    return this.data.slice(0, this.length)
  }
}

const MIN_BITS = 1 << 16
// Without a cap by count, one id near 2^31 would cost a 256 MB bitmap.
const ALWAYS_ALLOWED_BITS = 1 << 24
const BITS_PER_ID = 64

/**
 * A set of customer ids (0 to 2^32-1). Customer ids are mostly dense, so a bitmap indexed by
 * id (grown on demand) does the work of a Set for a bit each; an id that would make the bitmap
 * far larger than the ids it holds (BITS_PER_ID bits per id, at least 2 MB) goes to a Set.
 */
export class IdSet {
  private bits = new Uint32Array(MIN_BITS / 32)
  private sparse: Set<number> | null = null
  size = 0

  has(id: number): boolean {
    if (id < this.bits.length * 32) {
      if (((this.bits[id >>> 5] ?? 0) & (1 << (id & 31))) !== 0) return true
    }
    return this.sparse !== null && this.sparse.has(id)
  }

  /** Adds `id`; false when it was there already. */
  add(id: number): boolean {
    if (this.has(id)) return false
    this.size++
    if (id >= this.bits.length * 32 && !this.grow(id)) {
      this.sparse ??= new Set()
      this.sparse.add(id)
      return true
    }
    const word = id >>> 5
    this.bits[word] = (this.bits[word] ?? 0) | (1 << (id & 31))
    return true
  }

  private grow(id: number): boolean {
    let bits = this.bits.length * 32
    while (bits <= id) bits *= 2
    if (bits > Math.max(ALWAYS_ALLOWED_BITS, this.size * BITS_PER_ID)) return false
    const bigger = new Uint32Array(bits / 32)
    bigger.set(this.bits)
    this.bits = bigger
    return true
  }
}
