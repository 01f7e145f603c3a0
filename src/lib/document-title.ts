/** The tab's title for a page that names itself `title` (none: the product's name alone). */
export function documentTitle(title: string): string {
  return title ? `${title} · Customer Manager` : 'Customer Manager'
}

/** The list's name, the landing page's: the server sends it as the page's title (below). */
export const CUSTOMERS_TITLE = 'Customers'

/**
 * Paths whose page the server sends with its title already set (server/static-files.ts): a
 * document's first title change costs the main thread 4–11 ms (1× CPU), and on the landing
 * page it lands between the first rows' paint and what comes next. "/" opens the list.
 */
export const SERVED_TITLES: Readonly<Record<string, string>> = {
  '/': CUSTOMERS_TITLE,
  '/customers': CUSTOMERS_TITLE,
  '/customers/': CUSTOMERS_TITLE,
}
