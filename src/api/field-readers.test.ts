import { entityReader, flagField, readRecord, recordReader, textField } from './field-readers'
import { readInteger } from './odata'

describe('readRecord', () => {
  const fields = { id: readInteger, name: textField, active: flagField }

  it('reads the listed fields and drops the others', () => {
    expect(readRecord({ id: '4', name: 'Ann', active: '1', extra: 1 }, fields)).toEqual({
      id: 4,
      name: 'Ann',
      active: true,
    })
  })

  it('gives null or false for missing and odd fields, null for what is no object', () => {
    expect(readRecord({ name: '  ', active: 'maybe' }, fields)).toEqual({
      id: null,
      name: null,
      active: false,
    })
    for (const json of [null, undefined, 3, 'x', [{ id: 1 }]]) {
      expect(readRecord(json, fields)).toBeNull()
    }
  })
})

describe('entityReader', () => {
  const reader = entityReader('thing', (json) => {
    const record = readRecord(json, { id: readInteger })
    return record?.id ? { id: record.id } : null
  })

  it('answers safeParse with data or an error, and parse with the value or a throw', () => {
    expect(reader.safeParse({ id: 2 })).toEqual({ success: true, data: { id: 2 } })
    const failed = reader.safeParse({})
    expect(failed.success).toBe(false)
    expect(failed.success ? null : failed.error.message).toMatch(/thing/)
    expect(reader.parse({ id: '5' })).toEqual({ id: 5 })
    expect(() => reader.parse([])).toThrow(/thing/)
  })

  it('reads plain records with recordReader', () => {
    expect(recordReader('label', { text: textField }).read({ text: 7 })).toEqual({ text: '7' })
  })
})
