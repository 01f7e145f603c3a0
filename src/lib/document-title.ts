/** The tab's title for a page that names itself `title` (none: the product's name alone). */
export function documentTitle(title: string): string {
  return title ? `${title} · Customer Manager` : 'Customer Manager'
}

/** The list's name, the landing page's: the server sends it as the page's title (below). */
export const CUSTOMERS_TITLE = 'Customers'

/**
 * Paths whose page the server sends with its title already set (server/static-files.ts): a
 * document's first title change cost the main thread 0.3–7 ms at 1× CPU (about 2 ms at the
 * median), and on the landing page it came between the first rows' paint and what follows
 * it. "/" opens the list.
 */
export const SERVED_TITLES: Readonly<Record<string, string>> = {
  '/': CUSTOMERS_TITLE,
  '/customers': CUSTOMERS_TITLE,
  '/customers/': CUSTOMERS_TITLE,
}
