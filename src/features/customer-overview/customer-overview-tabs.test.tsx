import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { CUSTOMER_SECTIONS } from './customer-sections'
import { loadedPanel, openTab, renderOverview, visitAllTabs } from './overview-test-helpers'

const FULL = DEMO_FIXTURES.full.id

describe('customer overview: the thirteen tabs', () => {
  it('shows the header and a tablist in the contract order', async () => {
    renderOverview(`/customers/${FULL}`, 'per-object')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Margaret Fullerton' }),
    ).toBeInTheDocument()
    const tabs = within(screen.getByRole('tablist', { name: 'Customer sections' })).getAllByRole(
      'tab',
    )
    expect(tabs.map((tab) => tab.textContent?.replace(/ ?\d+$/, ''))).toEqual(
      CUSTOMER_SECTIONS.map((section) => section.label),
    )
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tab', { name: /^Phones/ })).toHaveAttribute(
      'href',
      `/customers/${FULL}/phones`,
    )
    expect(screen.getByRole('link', { name: '← Customers' })).toHaveAttribute('href', '/customers')
  })

  it('renders every tab of the full customer for a person, the same in both fetch styles', async () => {
    const perObject = renderOverview(`/customers/${FULL}`, 'per-object')
    const perObjectTexts = await visitAllTabs(perObject.user)
    perObject.unmount()
    const expand = renderOverview(`/customers/${FULL}`, 'expand')
    const expandTexts = await visitAllTabs(expand.user)
    expect(expandTexts).toEqual(perObjectTexts)

    const t = perObjectTexts
    expect(t['Details']).toMatch(/Margaret/)
    expect(t['Details']).toMatch(/•+\d{4}Reveal/)
    expect(t['Primary Address']).toMatch(/233 S Wacker Dr/)
    expect(t['Primary Address']).toMatch(/Suite 4400/)
    expect(t['Mail Address']).toMatch(/PO Box 1001/)
    expect(t['Mail Address']).toMatch(/Not verified/)
    expect(t['Phones']).toMatch(/\(312\) 555-0101/)
    expect(t['Phones']).toMatch(/Cell/)
    expect(t['Phones']).toMatch(/Primary/)
    expect(t['Phones']).toMatch(/Do not call/)
    expect(t['Employer']).toMatch(/Lakeside Logistics/)
    expect(t['Employer']).toMatch(/\$85,000\.00 annually/)
    expect(t['Credit Score']).toMatch(/742/)
    expect(t['Credit Score']).toMatch(/Not pulled/)
    expect(t['Payment Accounts']).toMatch(/First National Bank/)
    expect(t['Payment Accounts']).toMatch(/•+6789/)
    expect(t['Payment Accounts']).toMatch(/Visa/)
    expect(t['Payment Accounts']).not.toMatch(/\d{5,}6789/)
    expect(t['References']).toMatch(/Renée Fullerton/)
    expect(t['References']).toMatch(/Sibling/)
    expect(t['Social Profiles']).toMatch(/LinkedIn/)
    expect(t['Documents']).toMatch(/drivers-license\.jpg/)
    expect(t['Notes']).toMatch(/Welcome call/)
    expect(t['Notes']).toMatch(/Prefers email/)
    expect(t['Custom Fields']).toMatch(/Gold/)
    for (const text of Object.values(t))
      expect(text).not.toMatch(/customer\w*\.\w|\/Date\(|undefined|NaN/)
  })

  it('shows counts on tabs once known', async () => {
    const { user } = renderOverview(`/customers/${FULL}/phones`, 'expand')
    await loadedPanel()
    expect(screen.getByRole('tab', { name: 'Phones 3' })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Notes 3' })).toBeInTheDocument()
    await openTab(user, 'Loans')
    expect(screen.getByRole('tab', { name: 'Loans 2' })).toHaveAttribute('aria-selected', 'true')
  })

  it('says what is missing on every tab of a customer with no nested objects', async () => {
    const { user } = renderOverview(`/customers/${DEMO_FIXTURES.empty.id}`, 'per-object')
    const texts = await visitAllTabs(user)
    expect(texts['Primary Address']).toMatch(/No primary address on file/)
    expect(texts['Mail Address']).toMatch(/No mail address on file/)
    expect(texts['Phones']).toMatch(/No phones on file/)
    expect(texts['Employer']).toMatch(/No employer on file/)
    expect(texts['Credit Score']).toMatch(/No credit score on file/)
    expect(texts['Loans']).toMatch(/No loans/)
    expect(texts['Payment Accounts']).toMatch(/No payment accounts on file/)
    expect(texts['References']).toMatch(/No references on file/)
    expect(texts['Social Profiles']).toMatch(/No social profiles on file/)
    expect(texts['Documents']).toMatch(/No documents on file/)
    expect(texts['Notes']).toMatch(/No notes on file/)
    expect(texts['Custom Fields']).toMatch(/No custom fields on file/)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('renders hostile text as text on every tab: no script, no handler, no javascript: link', async () => {
    const { user, container } = renderOverview(`/customers/${DEMO_FIXTURES.hostile.id}`, 'expand')
    expect(
      await screen.findByRole('heading', { level: 1, name: DEMO_FIXTURES.hostile.name }),
    ).toBeInTheDocument()
    for (const section of CUSTOMER_SECTIONS) {
      await openTab(user, section.label)
      expect(
        container.querySelector('script, iframe, svg, img, object, embed, form, style'),
      ).toBeNull()
      const withHandlers = [...container.querySelectorAll('*')].filter((element) =>
        element.getAttributeNames().some((name) => name.startsWith('on')),
      )
      expect(withHandlers).toEqual([])
      for (const link of container.querySelectorAll('a[href]')) {
        expect(link.getAttribute('href')).toMatch(/^(https?:\/\/|\/)/)
      }
      expect((window as { __xss?: unknown }).__xss).toBeUndefined()
    }
    await openTab(user, 'Social Profiles')
    expect(screen.getByText('javascript:alert(1)')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /javascript/i })).not.toBeInTheDocument()
    await openTab(user, 'Notes')
    expect(screen.getByText('click')).not.toHaveAttribute('href')
    expect(
      screen.getByRole('heading', { name: '<script>window.__xss=1</script>' }),
    ).toBeInTheDocument()
  })
})
