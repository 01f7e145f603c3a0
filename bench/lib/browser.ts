import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/chromium.ts'

/** Debian's Chromium: the only browser that runs on these machines. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.BENCH_CHROMIUM ?? CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  })
}

/** A fresh context (empty cache, storage and service workers), with a desktop viewport. */
export async function freshContext(
  browser: Browser,
  storage: Record<string, string> = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
  if (Object.keys(storage).length > 0) {
    await context.addInitScript((entries: Record<string, string>) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value)
    }, storage)
  }
  return context
}

/**
 * Live JS heap of the page's main thread after a full GC, in bytes (CDP), with ArrayBuffer
 * backing stores (typed arrays live outside the V8 heap).
 */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    const usage = (await cdp.send('Runtime.getHeapUsage')) as {
      usedSize: number
      backingStorageSize?: number
    }
    return usage.usedSize + (usage.backingStorageSize ?? 0)
  } finally {
    await cdp.detach()
  }
}
