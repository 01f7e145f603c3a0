import { checkAction, checkCustomerId, plainCustomerId } from './removal-row-rules'

describe('plainCustomerId', () => {
  it('reads bare digits in range and refuses anything else, leaving it to the full rules', () => {
    expect(plainCustomerId('1')).toBe(1)
    expect(plainCustomerId('0042')).toBe(42)
    expect(plainCustomerId('2147483647')).toBe(2147483647)
    for (const raw of [
      '',
      '0',
      '000',
      '2147483648',
      '99999999999',
      ' 5',
      '5 ',
      '+5',
      '-5',
      '5.0',
    ]) {
      expect(plainCustomerId(raw), raw).toBe(-1)
    }
  })

  it('agrees with checkCustomerId wherever it answers', () => {
    for (const raw of ['1', '0042', '2147483647', '123456', '9', '1000000000']) {
      expect(checkCustomerId(raw)).toEqual({ id: plainCustomerId(raw) })
    }
  })
})

describe('checkAction', () => {
  it('accepts remove in any case or padding, and explains anything else', () => {
    expect(checkAction('remove')).toBeNull()
    expect(checkAction('  REMOVE ')).toBeNull()
    expect(checkAction('Add')).toMatch(/"Add" is not supported here/)
    expect(checkAction(' ')).toBe('Action is missing; it must be "remove".')
  })
})
