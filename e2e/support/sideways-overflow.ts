import type { Page } from '@playwright/test'

/**
 * How far the page reaches past the window's width (0: it does not scroll sideways), and how
 * far the top bar's furthest item does (0: the bar fits).
 */
export function sidewaysOverflow(page: Page): Promise<{ page: number; bar: number }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const bar = [...(document.querySelector('header')?.children ?? [])]
    return {
      page: document.documentElement.scrollWidth - width,
      bar: Math.max(0, ...bar.map((item) => Math.ceil(item.getBoundingClientRect().right - width))),
    }
  })
}
