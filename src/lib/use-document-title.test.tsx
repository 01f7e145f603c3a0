import { renderHook } from '@testing-library/react'
import { useDocumentTitle } from './use-document-title'

describe('useDocumentTitle', () => {
  it('names the tab after the page and the product, or the product alone', () => {
    const { rerender } = renderHook((title: string) => useDocumentTitle(title), {
      initialProps: 'Import customers',
    })
    expect(document.title).toBe('Import customers · Customer Manager')
    rerender('')
    expect(document.title).toBe('Customer Manager')
  })

  it('leaves a title the page already has (sent by the server) alone', () => {
    document.title = 'Customers · Customer Manager'
    const set = vi.spyOn(document, 'title', 'set')
    renderHook(() => useDocumentTitle('Customers'))
    expect(set).not.toHaveBeenCalled()
    expect(document.title).toBe('Customers · Customer Manager')
  })
})
