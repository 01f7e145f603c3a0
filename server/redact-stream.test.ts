// @vitest-environment node
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { redactStream } from './redact-stream.ts'

async function run(chunks: string[], secret: string): Promise<string> {
  const out: Buffer[] = []
  for await (const chunk of Readable.from(chunks.map((c) => Buffer.from(c))).pipe(
    redactStream(secret),
  )) {
    out.push(chunk as Buffer)
  }
  return Buffer.concat(out).toString()
}

describe('redactStream', () => {
  it('masks every occurrence, including ones split across chunks', async () => {
    expect(await run(['a SECRET b SECRET'], 'SECRET')).toBe('a [redacted] b [redacted]')
    expect(await run(['xxSEC', 'R', 'ETyy', 'SE', 'CRET'], 'SECRET')).toBe(
      'xx[redacted]yy[redacted]',
    )
  })

  it('passes other bytes through unchanged, partial matches included', async () => {
    expect(await run(['{"d":', '{"SECRE":1}}', 'SECRE'], 'SECRET')).toBe('{"d":{"SECRE":1}}SECRE')
    expect(await run([], 'SECRET')).toBe('')
  })
})
