import { lazy, useState, type ComponentType } from 'react'

export type RouteModule = { Component: ComponentType }

/**
 * A lazy page that, once its module is loaded (`preload`), renders at once instead of
 * suspending: a suspended page commits its fallback and React then holds the real page back
 * by its fallback throttle (~300 ms) although the code is there. The boot preloads the
 * landing page before the first render; the overview is preloaded on intent.
 */
export function preloadablePage(load: () => Promise<RouteModule>) {
  let loaded: ComponentType | null = null
  const preload = () =>
    load().then((module) => {
      loaded = module.Component
      return module
    })
  const Lazy = lazy(() => preload().then((module) => ({ default: module.Component })))
  function RoutePage() {
    // Chosen once per mount, so that the page is never swapped (and remounted) under the user.
    const [Page] = useState<ComponentType>(() => loaded ?? Lazy)
    return <Page />
  }
  return { RoutePage, preload }
}
