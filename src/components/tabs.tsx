import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react'
import './tabs.css'

export interface TabItem {
  id: string
  label: string
  /** Shown after the label and part of the tab's name ("Phones 2"); omit when unknown. */
  count?: number
  /** Keep room for a count not known yet, so that the tabs do not move when it arrives. */
  reserveCount?: boolean
  /** When set the tab is a link, so it can be opened in a new browser tab or copied. */
  href?: string
}

interface TabListProps {
  /** Accessible name of the tablist. */
  label: string
  items: readonly TabItem[]
  selectedId: string
  /** Prefix for element ids, unique on the page; ties each tab to its panel. */
  idPrefix: string
  /** Activation (click, Enter, Space). Arrow keys only move focus (manual activation). */
  onSelect: (id: string) => void
  /** Pointer over a tab, e.g. to prefetch what it shows. */
  onHover?: (id: string) => void
  /** 'vertical': a column of tabs (Up and Down move too); Left and Right always work. */
  orientation?: 'horizontal' | 'vertical'
}

export function tabElementId(idPrefix: string, tabId: string): string {
  return `${idPrefix}-tab-${tabId}`
}

export function tabPanelElementId(idPrefix: string, tabId: string): string {
  return `${idPrefix}-panel-${tabId}`
}

/** The WAI-ARIA tabs pattern with manual activation and a roving tabindex. */
export function TabList({
  label,
  items,
  selectedId,
  idPrefix,
  onSelect,
  onHover,
  orientation = 'horizontal',
}: TabListProps) {
  const refs = useRef(new Map<string, HTMLElement>())
  const [focusState, setFocusState] = useState({ selectedId, focusedId: selectedId })
  // A new selection (also from outside, e.g. the URL) moves the roving tab stop to it.
  const focusedId = focusState.selectedId === selectedId ? focusState.focusedId : selectedId
  const stopId = items.some((item) => item.id === focusedId) ? focusedId : selectedId

  function moveFocus(id: string) {
    setFocusState({ selectedId, focusedId: id })
    refs.current.get(id)?.focus()
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, index: number) {
    const last = items.length - 1
    const next = index === last ? 0 : index + 1
    const previous = index === 0 ? last : index - 1
    const vertical = orientation === 'vertical'
    const target = {
      ArrowRight: next,
      ArrowLeft: previous,
      ArrowDown: vertical ? next : undefined,
      ArrowUp: vertical ? previous : undefined,
      Home: 0,
      End: last,
    }[event.key]
    if (target !== undefined) {
      const item = items[target]
      if (item) {
        event.preventDefault()
        moveFocus(item.id)
      }
      return
    }
    // Enter activates links and buttons natively, Space only buttons: add it for links.
    const item = items[index]
    if (event.key === ' ' && item?.href) {
      event.preventDefault()
      onSelect(item.id)
    }
  }

  function onClick(event: MouseEvent<HTMLElement>, id: string) {
    // Let the browser handle new-tab/new-window clicks on links.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) {
      return
    }
    event.preventDefault()
    onSelect(id)
  }

  return (
    <div
      role="tablist"
      aria-label={label}
      aria-orientation={orientation}
      className={`tabs tabs--${orientation}`}
    >
      {items.map((item, index) => {
        const selected = item.id === selectedId
        const props = {
          ref: (element: HTMLElement | null) => {
            if (element) refs.current.set(item.id, element)
            else refs.current.delete(item.id)
          },
          role: 'tab',
          id: tabElementId(idPrefix, item.id),
          'aria-selected': selected,
          'aria-controls': selected ? tabPanelElementId(idPrefix, item.id) : undefined,
          tabIndex: item.id === stopId ? 0 : -1,
          className: selected ? 'tabs__tab tabs__tab--selected' : 'tabs__tab',
          onKeyDown: (event: KeyboardEvent<HTMLElement>) => onKeyDown(event, index),
          onClick: (event: MouseEvent<HTMLElement>) => onClick(event, item.id),
          onFocus: () => {
            if (item.id !== focusedId) setFocusState({ selectedId, focusedId: item.id })
          },
          onMouseEnter: onHover ? () => onHover(item.id) : undefined,
        }
        const content = (
          <>
            <span className="tabs__label">{item.label}</span>
            {item.count !== undefined ? (
              <>
                {' '}
                <span className="tabs__count">{item.count}</span>
              </>
            ) : item.reserveCount ? (
              <span className="tabs__count tabs__count--pending" aria-hidden="true" />
            ) : null}
          </>
        )
        return item.href ? (
          <a key={item.id} href={item.href} {...props}>
            {content}
          </a>
        ) : (
          <button key={item.id} type="button" {...props}>
            {content}
          </button>
        )
      })}
    </div>
  )
}

interface TabPanelProps {
  idPrefix: string
  tabId: string
  children: ReactNode
  className?: string
}

/** The selected tab's content, labelled by its tab and reachable with Tab. */
export function TabPanel({ idPrefix, tabId, children, className }: TabPanelProps) {
  return (
    <div
      role="tabpanel"
      id={tabPanelElementId(idPrefix, tabId)}
      aria-labelledby={tabElementId(idPrefix, tabId)}
      tabIndex={0}
      className={className ? `tabs__panel ${className}` : 'tabs__panel'}
    >
      {children}
    </div>
  )
}
