/*
 * Where a person left a list to open one of its items, so that the item's page can lead back
 * to exactly there (search, filters, sort, page, scroll and the focused row). It lives in
 * this tab's memory only: the list writes it, the item page reads it; neither knows the other.
 */

export interface ListPlace {
  /** The list's URL (path and query string). */
  href: string
  /** What the way back says, e.g. `Results for "smith"`. */
  label: string
  /** Scroll offsets when the list was left: the window's and the list's own scroll box. */
  windowScrollY?: number
  listScrollTop?: number
  /** The key of the row that held focus (or was opened). */
  focusedKey?: string
}

let place: ListPlace | null = null

export function rememberListPlace(next: ListPlace): void {
  place = next
}

export function lastListPlace(): ListPlace | null {
  return place
}

export function forgetListPlace(): void {
  place = null
}
