import type { Context } from 'hono'

// The few pages the server itself shows around sign-in: plain HTML without scripts (the CSP
// allows none inline), with one way forward.

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  )

export function authPage(
  c: Context,
  status: 200 | 400 | 403 | 502 | 503,
  page: { title: string; message: string; link: { href: string; label: string } },
) {
  c.header('Cache-Control', 'no-store')
  return c.html(
    `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>${escapeHtml(page.title)} - Customer Manager</title>` +
      '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2933}' +
      'a{color:#0b5cad}</style></head><body><main>' +
      `<h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.message)}</p>` +
      `<p><a href="${escapeHtml(page.link.href)}">${escapeHtml(page.link.label)}</a></p>` +
      '</main></body></html>',
    status,
  )
}

export const signInAgain = { href: '/auth/login', label: 'Sign in again' }
