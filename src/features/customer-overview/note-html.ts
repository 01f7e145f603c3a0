import DOMPurify, { type DOMPurify as Purifier } from 'dompurify'
import { safeHttpUrl } from './safe-url'

// Basic formatting only: no style, script, iframe, forms, media or event handlers.
const ALLOWED_TAGS = [
  'p',
  'br',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'strike',
  'sub',
  'sup',
  'small',
  'mark',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'hr',
  'span',
  'div',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]
const ALLOWED_ATTR = ['href', 'title', 'colspan', 'rowspan']

let purifier: Purifier | null = null

/** An instance of our own, so that the link hook does not leak into other uses of DOMPurify. */
function notePurifier(): Purifier {
  if (purifier) return purifier
  const instance = DOMPurify(window)
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return
    const href = safeHttpUrl(node.getAttribute('href'))
    if (href) {
      node.setAttribute('href', href)
      node.setAttribute('target', '_blank')
      node.setAttribute('rel', 'noopener noreferrer')
    } else {
      node.removeAttribute('href')
    }
  })
  purifier = instance
  return instance
}

/** A note body (HTML typed by users) made safe to render. */
export function sanitizeNoteHtml(html: string): string {
  return notePurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^https?:\/\//i,
    ADD_ATTR: ['target'],
    RETURN_TRUSTED_TYPE: false,
  })
}
