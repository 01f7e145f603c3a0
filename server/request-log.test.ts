import { describe, expect, it } from 'vitest'
import { escapeForLog } from './request-log.ts'

describe('escapeForLog', () => {
  it('keeps ordinary paths and escapes control characters, separators and backslashes', () => {
    expect(escapeForLog('/customers/1001')).toBe('/customers/1001')
    expect(escapeForLog('/x\r\nGET /admin 200 1ms')).toBe('/x\\u000d\\u000aGET /admin 200 1ms')
    expect(escapeForLog('a\u2028b\u0085c\\u000a')).toBe('a\\u2028b\\u0085c\\\\u000a')
  })
})
