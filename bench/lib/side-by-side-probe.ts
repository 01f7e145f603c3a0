import type { Page } from '@playwright/test'

/**
 * One in-page probe for the app and the floor alike (source text for addInitScript, which
 * runs before any page script and is not subject to the app's CSP). Every time is
 * performance.now() (ms since navigation start), stamped "after paint": the DOM is checked
 * in the first animation frame after a change, then one message-channel hop stamps the time
 * once that frame was rendered (style, layout and paint included).
 *
 * Painted times are logged to the console as marks, which `watchProbeMarks` reads:
 * - `FirstRow`: the first customer row is painted (its ID link visible, for the app).
 * - `Rows`: `rowsWanted` rows are painted.
 * - `Detail`: the detail's content is painted after the first click that followed
 *   `__bArmClick()` (that click's time is left in `window.__bClickAt`).
 * Waiting on the page with an evaluation (waitForFunction) instead would make Playwright inject
 * and compile its utility script in the page, about 50 ms of the main thread at 1×, landing on
 * whichever side happens to be busy at that moment (the app, between its entry and its first
 * render).
 */
export interface ProbeSides {
  /** Rows of the customer table. */
  rows: string
  /** A link each real row holds (the app's ID link); skeleton rows have none. */
  rowLink: string | null
  /** 'app': the selected tab's panel has content; 'floor': the detail's email is shown. */
  detail: 'app' | 'floor'
  rowsWanted: number
}

export const APP_SIDE: ProbeSides = {
  rows: 'table[aria-label="Customers"] tbody tr',
  rowLink: 'a[href^="/customers/"]',
  detail: 'app',
  rowsWanted: 25,
}

export const FLOOR_SIDE: ProbeSides = {
  rows: 'table tbody tr',
  rowLink: null,
  detail: 'floor',
  rowsWanted: 25,
}

export function sideBySideProbe(sides: ProbeSides): string {
  return `(() => {
  const cfg = ${JSON.stringify(sides)}
  const w = window
  // Called from an animation frame callback: the message arrives once that frame is painted.
  const afterPaint = (mark) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => console.debug('__bench ' + mark + ' ' + performance.now())
    channel.port2.postMessage(0)
  }
  const realRows = () => {
    let count = 0
    for (const row of document.querySelectorAll(cfg.rows)) {
      if (cfg.rowLink) {
        const link = row.querySelector(cfg.rowLink)
        if (!link || !link.checkVisibility()) continue
      }
      count++
    }
    return count
  }
  const detailShown = () => {
    if (cfg.detail === 'floor') {
      const email = document.querySelector('[data-testid="detail-email"]')
      return Boolean(email && email.textContent)
    }
    const tab = document.querySelector('[role="tab"][aria-selected="true"]')
    const panel = document.querySelector('[role="tabpanel"]')
    if (!tab || !panel || !document.querySelector('h1')) return false
    const text = (panel.textContent || '').trim()
    return panel.checkVisibility() && text !== '' && !/Loading/.test(text)
  }
  // Checked once per frame, in the frame's animation callbacks: a check per DOM mutation
  // (querySelectorAll, checkVisibility forcing layout) would cost the page more than it
  // measures, and more for the side with more mutations.
  let scheduled = false
  const check = () => {
    scheduled = false
    if (w.__bRowsDom === undefined) {
      const count = realRows()
      if (count > 0 && w.__bFirstRowDom === undefined) {
        w.__bFirstRowDom = performance.now()
        afterPaint('FirstRow')
      }
      if (count >= cfg.rowsWanted) {
        w.__bRowsDom = performance.now()
        afterPaint('Rows')
      }
    }
    if (w.__bClickAt !== undefined && w.__bDetailDom === undefined && detailShown()) {
      w.__bDetailDom = performance.now()
      afterPaint('Detail')
    }
  }
  new MutationObserver(() => {
    if (scheduled) return
    scheduled = true
    requestAnimationFrame(check)
  }).observe(document, { childList: true, subtree: true, characterData: true })
  w.__bArmClick = () => {
    document.addEventListener('click', () => { if (w.__bClickAt === undefined) w.__bClickAt = performance.now() }, true)
  }
})()`
}

export type ProbeMark = 'FirstRow' | 'Rows' | 'Detail'

/**
 * Listens to the probe from now on (call it before the page loads); the function it returns
 * resolves with a mark's time (ms since navigation start) once the probe has logged it.
 */
export function watchProbeMarks(
  page: Page,
): (mark: ProbeMark, timeoutMs?: number) => Promise<number> {
  const seen = new Map<string, number>()
  const waiting = new Map<string, (at: number) => void>()
  page.on('console', (message) => {
    const [, mark, at] = /^__bench (\w+) ([\d.]+)$/.exec(message.text()) ?? []
    if (!mark) return
    seen.set(mark, Number(at))
    waiting.get(mark)?.(Number(at))
  })
  return (mark, timeoutMs = 60_000) => {
    const at = seen.get(mark)
    if (at !== undefined) return Promise.resolve(at)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The probe did not log ${mark} within ${String(timeoutMs)} ms.`)),
        timeoutMs,
      )
      waiting.set(mark, (time) => {
        clearTimeout(timer)
        resolve(time)
      })
    })
  }
}
