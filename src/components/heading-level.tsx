import { createContext, useContext, type HTMLAttributes, type ReactNode } from 'react'

// A page's headings assume they are the page (its title is an h1). Shown inside another page
// (the audit entry shows a customer's overview as its snapshot) they move down below that
// page's own headings, so the page keeps one h1 and an outline that nests.

const Offset = createContext(0)

/** Headings inside start below `level`: a `Heading level={1}` becomes `h{level + 1}`. */
export function HeadingsBelow({ level, children }: { level: number; children: ReactNode }) {
  const outer = useContext(Offset)
  return <Offset.Provider value={outer + level}>{children}</Offset.Provider>
}

type Level = 1 | 2 | 3 | 4 | 5 | 6

/** An `h{level}`, moved down by any HeadingsBelow around it (h6 at most). */
export function Heading({
  level,
  ...props
}: { level: Level } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${String(Math.min(6, level + useContext(Offset)))}` as `h${Level}`
  return <Tag {...props} />
}
