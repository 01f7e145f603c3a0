import { render, screen, within } from '@testing-library/react'
import { NestedTable, type NestedColumn } from './nested-table'

interface Row {
  id: number | null
  name: string | null
  size: number
}

const COLUMNS: readonly NestedColumn<Row>[] = [
  { header: 'Name', cell: (row) => row.name, rowHeader: true },
  { header: 'Size', cell: (row) => row.size, numeric: true, className: 'overview-nowrap' },
]

describe('NestedTable', () => {
  it('says what is missing when there are no rows', () => {
    render(<NestedTable label="Things" empty="No things on file." columns={COLUMNS} rows={[]} />)
    expect(screen.getByText('No things on file.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('renders one row per item, named by its row header, with a dash for empty cells', () => {
    const rows = [
      { id: 1, name: 'First', size: 10 },
      { id: null, name: null, size: 20 },
    ]
    render(<NestedTable label="Things" empty="None." columns={COLUMNS} rows={rows} />)
    const table = screen.getByRole('table', { name: 'Things' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Name', 'Size'])
    expect(within(table).getByRole('rowheader', { name: 'First' })).toBeInTheDocument()
    expect(within(table).getByRole('rowheader', { name: '—' })).toBeInTheDocument()
    const size = within(table).getByRole('cell', { name: '20' })
    expect(size).toHaveClass('overview-num', 'overview-nowrap')
    expect(within(table).getByRole('columnheader', { name: 'Size' })).toHaveClass('overview-num')
  })
})
