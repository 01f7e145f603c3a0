/** The tab's title for a page that names itself `title` (none: the product's name alone). */
export function documentTitle(title: string): string {
  return title ? `${title} · Customer Manager` : 'Customer Manager'
}

/** The list's name, the landing page's: the server sends its page with this title already set. */
export const CUSTOMERS_TITLE = 'Customers'
