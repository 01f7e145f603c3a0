import { storedPauseReason } from './pause-reason'

describe('storedPauseReason', () => {
  it('keeps the codes and reads the words older runs stored as no reason', () => {
    expect(storedPauseReason('unauthorized')).toBe('unauthorized')
    expect(storedPauseReason('not-saved')).toBe('not-saved')
    expect(storedPauseReason(null)).toBeNull()
    expect(
      storedPauseReason('Paused because you left the import page; resume it below.'),
    ).toBeNull()
  })
})
