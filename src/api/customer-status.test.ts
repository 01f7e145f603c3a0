import { describe, expect, it } from 'vitest'
import { customerStatusTone } from './customer-status'

describe('customerStatusTone', () => {
  it('reads the fake tenant’s labels the same way for the list and the header', () => {
    const tones = [
      'Active',
      'Lead',
      'Prospect',
      'Inactive',
      'Pending Review',
      'Charged Off',
      'Closed',
    ]
    expect(tones.map((status) => customerStatusTone(status))).toEqual([
      'success',
      null,
      null,
      'warning',
      'warning',
      'danger',
      'danger',
    ])
  })

  it('reads tenant-defined labels by their words, in any case', () => {
    expect(customerStatusTone('DECEASED')).toBe('danger')
    expect(customerStatusTone('On hold')).toBe('warning')
    expect(customerStatusTone('active')).toBe('success')
    expect(customerStatusTone(null)).toBeNull()
  })

  it('marks an inactive customer as a warning unless the label says worse', () => {
    expect(customerStatusTone('Active', false)).toBe('warning')
    expect(customerStatusTone('Lead', false)).toBe('warning')
    expect(customerStatusTone('Closed', false)).toBe('danger')
  })
})
