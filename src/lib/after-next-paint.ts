/**
 * Runs `work` once the browser has painted the frame after this call (an animation frame,
 * then a task), so that follow-up requests (the next page, the status options) and their
 * work are no part of the rows' first paint. Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let frame: number | undefined
  const later = () => {
    frame = undefined
    timer = setTimeout(work, 0)
  }
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(later)
  else later()
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/**
 * Runs `work` after the next paint once the page is idle (or `timeout` ms after that paint at
 * the latest): for follow-ups, such as prefetching the next page, that should neither delay
 * the paint nor hold up what comes right after it (a click, the next frame). Falls back to
 * `afterNextPaint` where there are no idle callbacks. Returns a function that cancels it.
 */
export function afterPaintWhenIdle(work: () => void, timeout = 500): () => void {
  if (typeof requestIdleCallback !== 'function') return afterNextPaint(work)
  let idle: number | undefined
  const cancelPaint = afterNextPaint(() => {
    idle = requestIdleCallback(() => work(), { timeout })
  })
  return () => {
    cancelPaint()
    if (idle !== undefined) cancelIdleCallback(idle)
  }
}
