import { describe, expect, it } from 'vitest'
import { sanitizeNoteHtml } from './note-html'
import { safeHttpUrl } from './safe-url'

describe('sanitizeNoteHtml', () => {
  it('keeps basic formatting', () => {
    expect(
      sanitizeNoteHtml('<p>Prefers <b>email</b>, <i>not</i> calls.</p><ul><li>x</li></ul>'),
    ).toBe('<p>Prefers <b>email</b>, <i>not</i> calls.</p><ul><li>x</li></ul>')
  })

  it('drops scripts, event handlers, frames, styles and forms', () => {
    const html = sanitizeNoteHtml(
      '<script>window.__xss=1</script><img src=x onerror="window.__xss=1"><p onclick="x()" style="color:red">hi</p>' +
        '<iframe src="javascript:alert(1)"></iframe><svg onload="x()"></svg><form><input></form><style>p{}</style>',
    )
    expect(html).toBe('<p>hi</p>')
  })

  it('keeps http(s) links, opening in a new tab without the opener', () => {
    const html = sanitizeNoteHtml('<a href="https://example.com/a" onclick="x()">docs</a>')
    expect(html).toContain('href="https://example.com/a"')
    expect(html).toContain('target="_blank"')
    expect(html).toContain('rel="noopener noreferrer"')
    expect(html).not.toContain('onclick')
  })

  it('removes the href of any other link', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:x',
      'data:text/html,x',
      'mailto:a@b.c',
      '/relative',
    ]) {
      const html = sanitizeNoteHtml(`<a href="${href}">click</a>`)
      expect(html).not.toContain('href')
      expect(html).toContain('click')
    }
  })
})

describe('safeHttpUrl', () => {
  it('accepts only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://x.example/me')).toBe('https://x.example/me')
    expect(safeHttpUrl(' http://x.example ')).toBe('http://x.example/')
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull()
    expect(safeHttpUrl('JavaScript:window.__xss=1')).toBeNull()
    expect(safeHttpUrl('data:text/html,<script>')).toBeNull()
    expect(safeHttpUrl('www.example.com')).toBeNull()
    expect(safeHttpUrl(null)).toBeNull()
  })
})
