/** Rows per second over the last ~30 s, from (time, done) samples. */
export class RateMeter {
  private samples: Array<[number, number]> = []

  sample(now: number, done: number): void {
    const last = this.samples.at(-1)
    if (last && now - last[0] < 500) return
    this.samples.push([now, done])
    while ((this.samples[0]?.[0] ?? now) < now - 30_000) this.samples.shift()
  }

  reset(): void {
    this.samples = []
  }

  rate(now: number, done: number): number | null {
    const first = this.samples[0]
    if (!first || now - first[0] < 1000) return null
    return (done - first[1]) / ((now - first[0]) / 1000)
  }
}
