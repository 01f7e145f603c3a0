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
