// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { CONNECTION_META_NAME, injectConnectionMeta } from './connection-meta.ts'

describe('injectConnectionMeta', () => {
  it('puts exactly one tag at the start of <head>, replacing one already there', () => {
    const html = `<html><head lang="x"><meta name="${CONNECTION_META_NAME}" content="demo"><title>t</title></head></html>`
    const out = injectConnectionMeta(html, 'proxy')
    expect(out.match(new RegExp(CONNECTION_META_NAME, 'g'))).toHaveLength(1)
    expect(out).toMatch(
      /^<html><head lang="x">\s*<meta name="customer-manager-connection" content="proxy"><title>/,
    )
  })

  it('still adds the tag to HTML without a head', () => {
    expect(injectConnectionMeta('<p>x</p>', 'demo')).toContain('content="demo"')
  })
})
