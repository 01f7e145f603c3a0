import { test as base, expect, type Page } from '@playwright/test'
import { AxeBuilder } from '@axe-core/playwright'

/**
 * Console lines that are not app errors:
 * - Chromium logs every 4xx/5xx response; the app expects some (a deleted customer answers 409)
 *   and shows them to the person, which the journeys check.
 * - DOMPurify parses untrusted note HTML in an inert document; Chromium still reports the CSP
 *   refusing an inline handler there (cure53/DOMPurify#107). Nothing runs: the hostile-data
 *   journeys check that no handler reaches the page and no script ran.
 */
function isExpectedNoise(text: string): boolean {
  return (
    /^Failed to load resource: the server responded with a status of \d{3}/.test(text) ||
    text.startsWith('Executing inline event handler violates the following Content Security Policy')
  )
}

/**
 * Every journey fails on a console error or an uncaught exception, and can scan the page with
 * axe for serious or critical violations. Each journey has a new browser context (empty
 * localStorage, where the demo keeps its deletions; no service worker yet), so it starts on a
 * fresh demo tenant without a page load to clear one.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error' && !isExpectedNoise(message.text()))
          errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/**
 * Fails on serious or critical axe violations. Only violations are reported in full: passes,
 * incomplete and inapplicable results keep one node each (axe's `resultTypes`), which spares
 * the page and the runner the details of every passing node (a third of a scan's cost).
 */
export async function expectNoAxeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] })
  if (include) builder = builder.include(include)
  const results = await builder.analyze()
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([])
}
