/* Focus return for dialogs whose opener may be gone by the time they close. */

/**
 * Where focus can go when the element that had it is removed (the row of a deleted record,
 * a page left behind): the element's ancestors that take focus (`tabindex`, e.g. a `main`
 * with tabindex -1), nearest first. Capture them while the element is still in the page.
 */
export function focusableAncestors(element: Element | null): HTMLElement[] {
  const found: HTMLElement[] = []
  for (let node = element?.parentElement; node; node = node.parentElement) {
    if (node.hasAttribute('tabindex')) found.push(node)
  }
  return found
}

/**
 * Focuses `element` when it is still in the page, else the nearest of `fallbacks` that is;
 * without this, focus falls to `<body>` and a keyboard user starts over from the top.
 */
export function restoreFocus(element: HTMLElement | null, fallbacks: readonly HTMLElement[]) {
  if (element?.isConnected) {
    element.focus()
    return
  }
  fallbacks.find((node) => node.isConnected)?.focus({ preventScroll: true })
}
