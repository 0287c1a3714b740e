import { describe, expect, it, vi } from 'vitest'
import { AppError, GENERIC_MESSAGE, call, toAppError } from './errors'

describe('toAppError', () => {
  it('keeps the backend object', () => {
    const e = toAppError({ code: 'unsupported_file', message: 'This file is not a spreadsheet.', details: { file: 'a.pdf', hint: 'Export as .xlsx' } })
    expect(e).toBeInstanceOf(AppError)
    expect(e.code).toBe('unsupported_file')
    expect(e.message).toBe('This file is not a spreadsheet.')
    expect(e.details).toEqual({ file: 'a.pdf', hint: 'Export as .xlsx' })
  })
  it('accepts null details and drops empty ones', () => {
    expect(toAppError({ code: 'conflict', message: 'x', details: null }).details).toEqual({})
    expect(toAppError({ code: 'conflict', message: 'x', details: { row: 12, column: '' } }).details).toEqual({ row: '12' })
  })
  it('maps unknown codes to internal', () => {
    expect(toAppError({ code: 'weird', message: 'Hmm.' }).code).toBe('internal')
  })
  it('parses a JSON string', () => {
    const e = toAppError('{"code":"cancelled","message":"Import cancelled. Nothing was changed."}')
    expect(e.code).toBe('cancelled')
    expect(e.cancelled).toBe(true)
  })
  it('keeps a short plain string', () => {
    expect(toAppError('the window is not ready yet').message).toBe('the window is not ready yet')
  })
  it('never shows a JavaScript exception or stack', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const e = toAppError(new TypeError("Cannot read properties of undefined (reading 'Status')"))
    expect(e.code).toBe('internal')
    expect(e.message).toBe(GENERIC_MESSAGE)
    expect(toAppError('panic: boom\n\ngoroutine 1 [running]:\nmain.main()').message).toBe(GENERIC_MESSAGE)
    expect(toAppError(undefined).message).toBe(GENERIC_MESSAGE)
    spy.mockRestore()
  })
  it('returns an AppError unchanged', () => {
    const original = new AppError('not_found', 'Gone.')
    expect(toAppError(original)).toBe(original)
  })
})

describe('call', () => {
  it('passes results through and rejects with AppError', async () => {
    await expect(call(async () => 7)).resolves.toBe(7)
    await expect(call(() => Promise.reject({ code: 'conflict', message: 'Undo the newer import first.' }))).rejects.toMatchObject({
      code: 'conflict', message: 'Undo the newer import first.',
    })
  })
})

describe('errors through the Wails runtime', () => {
  it('parses the JSON message of the Error the runtime rejects with', () => {
    const e = toAppError(new Error('{"code":"conflict","message":"Undo the newer import first.","details":{"hint":"Newest first"}}'))
    expect(e.code).toBe('conflict')
    expect(e.message).toBe('Undo the newer import first.')
    expect(e.details).toEqual({ hint: 'Newest first' })
  })
  it('hides "[object Object]"', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(toAppError(new Error('[object Object]')).message).toBe(GENERIC_MESSAGE)
    spy.mockRestore()
  })
})
