import { hasRemovalSelection, MAX_SELECTION, readRemovalSelection } from './removal-selection'

describe('readRemovalSelection', () => {
  it('takes ids and a trimmed label', () => {
    const state = { removalSelection: { ids: [1002, 1010], label: '  2 selected  ' }, other: 1 }
    expect(readRemovalSelection(state)).toEqual({ ids: [1002, 1010], label: '2 selected' })
    expect(hasRemovalSelection(state)).toBe(true)
  })

  it('names an unlabelled selection by its size', () => {
    expect(readRemovalSelection({ removalSelection: { ids: [7] } })?.label).toBe(
      'Selection of 1 customer',
    )
    expect(readRemovalSelection({ removalSelection: { ids: [7, 8], label: 42 } })?.label).toBe(
      'Selection of 2 customers',
    )
  })

  it.each([
    ['no state', null],
    ['a string', 'removalSelection'],
    ['no selection', { from: '/customers' }],
    ['selection not an object', { removalSelection: [1, 2] }],
    ['ids missing', { removalSelection: { label: 'x' } }],
    ['ids empty', { removalSelection: { ids: [], label: 'x' } }],
    ['ids as strings', { removalSelection: { ids: ['1002'], label: 'x' } }],
    ['a fraction', { removalSelection: { ids: [1002, 1.5], label: 'x' } }],
    ['zero', { removalSelection: { ids: [0], label: 'x' } }],
    ['NaN', { removalSelection: { ids: [Number.NaN], label: 'x' } }],
    ['too many', { removalSelection: { ids: new Array<number>(MAX_SELECTION + 1).fill(5) } }],
  ])('refuses %s', (_name, state) => {
    expect(readRemovalSelection(state)).toBeNull()
  })

  it('says a malformed selection is still one to clear', () => {
    expect(hasRemovalSelection({ removalSelection: 'junk' })).toBe(true)
    expect(hasRemovalSelection({ from: '/customers' })).toBe(false)
    expect(hasRemovalSelection(undefined)).toBe(false)
  })
})
