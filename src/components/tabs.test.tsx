import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { TabList, TabPanel, type TabItem } from './tabs'

const ITEMS: TabItem[] = [
  { id: 'one', label: 'One', href: '/x/one' },
  { id: 'two', label: 'Two', href: '/x/two', count: 2 },
  { id: 'three', label: 'Three', href: '/x/three' },
]

function Harness({ onHover }: { onHover?: (id: string) => void }) {
  const [selected, setSelected] = useState('one')
  return (
    <>
      <TabList
        label="Sections"
        idPrefix="t"
        items={ITEMS}
        selectedId={selected}
        onSelect={setSelected}
        onHover={onHover}
      />
      <TabPanel idPrefix="t" tabId={selected}>
        Content of {selected}
      </TabPanel>
    </>
  )
}

describe('TabList', () => {
  it('names the tablist, carries counts in tab names and labels the panel by its tab', () => {
    render(<Harness />)
    expect(screen.getByRole('tablist', { name: 'Sections' })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Two 2' })).toHaveAttribute('href', '/x/two')
    expect(screen.getByRole('tab', { name: 'One' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tabpanel', { name: 'One' })).toHaveTextContent('Content of one')
  })

  it('keeps one tab stop on the selected tab', () => {
    render(<Harness />)
    const tabs = screen.getAllByRole('tab')
    expect(tabs.map((tab) => tab.getAttribute('tabindex'))).toEqual(['0', '-1', '-1'])
  })

  it('moves focus with arrows (wrapping), Home and End, without activating', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.tab()
    expect(screen.getByRole('tab', { name: 'One' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Two 2' })).toHaveFocus()
    expect(screen.getByRole('tab', { name: 'Two 2' })).toHaveAttribute('tabindex', '0')
    expect(screen.getByRole('tab', { name: 'One' })).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{End}')
    expect(screen.getByRole('tab', { name: 'Three' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'One' })).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('tab', { name: 'Three' })).toHaveFocus()
    await user.keyboard('{Home}')
    expect(screen.getByRole('tab', { name: 'One' })).toHaveFocus()
  })

  it('activates the focused tab with Enter or Space, and on click', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.tab()
    await user.keyboard('{ArrowRight}{Enter}')
    expect(screen.getByRole('tab', { name: 'Two 2' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tabpanel', { name: 'Two 2' })).toHaveTextContent('Content of two')
    await user.keyboard('{ArrowRight} ')
    expect(screen.getByRole('tabpanel', { name: 'Three' })).toBeInTheDocument()
    await user.click(screen.getByRole('tab', { name: 'One' }))
    expect(screen.getByRole('tabpanel', { name: 'One' })).toBeInTheDocument()
    // Tab leaves the tablist for the panel.
    await user.tab()
    expect(screen.getByRole('tabpanel')).toHaveFocus()
  })

  it('reports hovering', async () => {
    const user = userEvent.setup()
    const onHover = vi.fn()
    render(<Harness onHover={onHover} />)
    await user.hover(screen.getByRole('tab', { name: 'Three' }))
    expect(onHover).toHaveBeenCalledWith('three')
  })
})
