// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  CONNECTION_META_NAME,
  DEMO_EARLY_START_ATTRIBUTE,
  injectConnectionMeta,
} from './connection-meta.ts'

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

  it("drops the demo's head start in proxy mode only", () => {
    const script = `<script src="/assets/demo-early-start-x.js" async ${DEMO_EARLY_START_ATTRIBUTE}></script>`
    const html = `<html><head><title>t</title>\n    ${script}\n  </head></html>`
    expect(injectConnectionMeta(html, 'proxy')).not.toContain('demo-early-start')
    expect(injectConnectionMeta(html, 'proxy')).toMatch(/<title>t<\/title>\n {2}<\/head>/)
    expect(injectConnectionMeta(html, 'demo')).toContain(script)
  })
})
