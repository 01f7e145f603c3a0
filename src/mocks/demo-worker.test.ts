import { startDemoWorker } from './demo-worker'

const start = vi.fn(() => Promise.resolve(undefined))
vi.mock('msw/browser', () => ({ setupWorker: () => ({ start }) }))

/** A `navigator.serviceWorker` whose registration has the given workers. */
function workers(controller: object | null, registration: object) {
  const container = Object.assign(new EventTarget(), {
    controller,
    register: vi.fn(() => Promise.resolve(registration)),
  })
  // jsdom has no service workers.
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: container })
  return container
}

afterEach(() => {
  start.mockClear()
  Reflect.deleteProperty(navigator, 'serviceWorker')
})

describe('startDemoWorker', () => {
  it('starts msw at once when the worker already controls the page', async () => {
    workers({}, {})
    await expect(startDemoWorker([])).resolves.toBe(true)
    expect(start).toHaveBeenCalledOnce()
  })

  it('waits for an installing worker to take control, then starts msw', async () => {
    const installing = new EventTarget()
    const container = workers(null, { installing, waiting: null })
    const started = startDemoWorker([])
    await Promise.resolve()
    expect(start).not.toHaveBeenCalled()
    container.controller = {}
    container.dispatchEvent(new Event('controllerchange'))
    await expect(started).resolves.toBe(true)
    expect(start).toHaveBeenCalledOnce()
  })

  it('leaves a page the active worker does not control (a hard reload) answering by itself', async () => {
    workers(null, { installing: null, waiting: null, active: {} })
    // msw's start would reload such a page.
    await expect(startDemoWorker([])).resolves.toBe(false)
    expect(start).not.toHaveBeenCalled()
  })
})
