import { act, renderHook } from '@testing-library/react'
import { useDelayedFlag } from './use-delayed-flag'

describe('useDelayedFlag', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('turns true once the state has lasted the delay, and false as soon as it ends', () => {
    const { result, rerender } = renderHook(({ active }) => useDelayedFlag(active, 1000), {
      initialProps: { active: true },
    })
    act(() => vi.advanceTimersByTime(999))
    expect(result.current).toBe(false)
    act(() => vi.advanceTimersByTime(1))
    expect(result.current).toBe(true)
    rerender({ active: false })
    expect(result.current).toBe(false)
  })

  it('counts from `since`, when the state began before the view mounted', () => {
    const since = performance.now() - 800
    const { result } = renderHook(() => useDelayedFlag(true, 1000, since))
    act(() => vi.advanceTimersByTime(150))
    expect(result.current).toBe(false)
    act(() => vi.advanceTimersByTime(100))
    expect(result.current).toBe(true)
  })

  it('is true at once when the state has lasted longer than the delay already', () => {
    const { result } = renderHook(() => useDelayedFlag(true, 1000, performance.now() - 5000))
    act(() => vi.advanceTimersByTime(0))
    expect(result.current).toBe(true)
  })
})
