import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react'

export const SEARCH_DEBOUNCE_MS = 250

interface CustomerSearchBoxProps {
  /** The committed search, from the URL. */
  value: string
  /** Sends what was typed; returns the search the list now holds (the text normalised). */
  onSearch: (text: string) => string
  /** The input, for the page to move focus here (e.g. when the focused row was deleted). */
  inputRef?: RefObject<HTMLInputElement | null>
  /** Enter: the page opens the customer when the search names exactly one. */
  onEnter?: (q: string) => void
  /** ↓: into the results. */
  onArrowDown?: () => void
  /** A search is running: a small spinner in the box. */
  busy?: boolean
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
}

/**
 * The one search box. What is typed is committed after a pause; `/` anywhere (outside
 * another field) jumps here and Escape clears it. Back and forward put the URL's search back.
 */
export function CustomerSearchBox({ value, onSearch, ...props }: CustomerSearchBoxProps) {
  const { onEnter, onArrowDown } = props
  const hintId = useId()
  const ownRef = useRef<HTMLInputElement>(null)
  const inputRef = props.inputRef ?? ownRef
  const [text, setText] = useState(value)
  // `sent`: the text this box last sent (or took from the URL); `committed`: the search the
  // list made of it (normalised by the list, which ignores a text that changes nothing). A
  // new `value` that is not `committed` came from elsewhere (back, forward, a link), so the
  // box shows it.
  const [sent, setSent] = useState(value)
  const [committed, setCommitted] = useState(value)
  const [seen, setSeen] = useState(value)
  if (value !== seen) {
    setSeen(value)
    if (value !== committed) {
      setSent(value)
      setCommitted(value)
      setText(value)
    }
  }

  const commit = (next: string) => {
    setSent(next)
    const q = onSearch(next)
    setCommitted(q)
    return q
  }

  const pending = text !== sent
  useEffect(() => {
    if (!pending) return
    const timer = window.setTimeout(() => {
      setSent(text)
      setCommitted(onSearch(text))
    }, SEARCH_DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [pending, text, onSearch])

  // Listening from the commit that shows the box, not after the paint: a '/' pressed as the
  // page appears (staff type as soon as they see the list) is not lost.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.defaultPrevented || isTypingTarget(event.target)) return
      event.preventDefault()
      inputRef.current?.focus()
      inputRef.current?.select()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [inputRef])

  return (
    <div className="customer-search">
      <span className="customer-search__field">
        <input
          ref={inputRef}
          type="search"
          className="input customer-search__input"
          aria-label="Search customers"
          aria-describedby={hintId}
          placeholder="Search by id, name, email, phone, city…"
          value={text}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && text !== '') {
              event.preventDefault()
              setText('')
              commit('')
            } else if (event.key === 'Enter') {
              onEnter?.(commit(text))
            } else if (event.key === 'ArrowDown' && onArrowDown) {
              event.preventDefault()
              onArrowDown()
            }
          }}
        />
        {/* Over the box's end; the count's status region says it in words. */}
        <span className="customer-search__busy" aria-hidden="true" hidden={!props.busy} />
      </span>
      <span id={hintId} className="customer-search__hint muted">
        <kbd>/</kbd> search, <kbd>↓</kbd> rows, <kbd>Esc</kbd> clear
      </span>
    </div>
  )
}
