/**
 * In-page probe, as source text (tsx would wrap a compiled function in helpers the page
 * lacks): stamps `window.__cmFirstRowAt` with performance.now() (ms since navigation start)
 * the first time the Customers table holds a row with a visible customer ID link, and
 * `window.__cmFirstRowId` with that id. `window.__cmFirstRowReset()` arms it again.
 */
export const FIRST_ROW_PROBE = `(() => {
  const firstLink = () => {
    for (const row of document.querySelectorAll('table[aria-label="Customers"] tbody tr')) {
      const link = row.querySelector('a[href^="/customers/"]')
      if (link && link.checkVisibility()) return link
    }
    return null
  }
  const check = () => {
    const link = firstLink()
    if (!link || link.textContent === window.__cmFirstRowNot) return
    window.__cmFirstRowAt = performance.now()
    window.__cmFirstRowId = link.textContent
    observer.disconnect()
  }
  const observer = new MutationObserver(check)
  const arm = () => observer.observe(document, { childList: true, subtree: true, characterData: true })
  window.__cmFirstRowReset = (notId) => {
    window.__cmFirstRowAt = undefined
    window.__cmFirstRowNot = notId
    arm()
  }
  arm()
})()`

/** What the probe leaves on `window`. */
export interface FirstRowProbe {
  __cmFirstRowAt?: number
  __cmFirstRowId?: string
}

// Predicates for waitForFunction: functions, not strings (the app's CSP forbids eval).
export const firstRowAt = () => (window as unknown as FirstRowProbe).__cmFirstRowAt
export const firstRowId = () => (window as unknown as FirstRowProbe).__cmFirstRowId
