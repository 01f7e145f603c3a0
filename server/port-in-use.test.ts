import { describe, expect, it } from 'vitest'
import { portInUseMessage } from './port-in-use.ts'

describe('portInUseMessage', () => {
  it('names the port and both ways to choose another', () => {
    const message = portInUseMessage(4173, 'npm start')
    expect(message).toContain('Port 4173 is already in use')
    expect(message).toContain('PORT=4174 npm start')
    expect(message).toContain('npm start -- --port 4174')
  })
})
