import { describe, expect, it } from 'vitest'
import { useRecordLoader } from './recordLoader'

interface Rec { id: number; name: string }

/** A fake backend whose responses the test releases in any order. */
function controlled() {
  const calls: { id: number; resolve: (r: Rec) => void; reject: (e: unknown) => void }[] = []
  const fetch = (id: number) => new Promise<Rec>((resolve, reject) => calls.push({ id, resolve, reject }))
  const answer = (i: number) => calls[i].resolve({ id: calls[i].id, name: `record ${calls[i].id}` })
  return { fetch, calls, answer }
}
const settle = () => new Promise((r) => setTimeout(r, 0))

describe('useRecordLoader', () => {
  it('shows nothing stale while the newest request is pending', async () => {
    const b = controlled()
    const l = useRecordLoader(b.fetch)
    void l.open(1)
    void l.open(2)
    b.answer(0) // the stale answer for 1 arrives while 2 is still pending
    await settle()
    expect(l.record.value).toBeNull()
    expect(l.loading.value).toBe(true)
    b.answer(1)
    await settle()
    expect(l.record.value?.id).toBe(2)
    expect(l.loading.value).toBe(false)
  })

  it('drops a stale answer that arrives after the fresh one', async () => {
    const b = controlled()
    const l = useRecordLoader(b.fetch)
    void l.open(1)
    void l.open(2)
    b.answer(1)
    await settle()
    expect(l.record.value?.id).toBe(2)
    b.answer(0)
    await settle()
    expect(l.record.value?.id).toBe(2)
  })

  it('never shows the previous record while a different one loads', async () => {
    const b = controlled()
    const l = useRecordLoader(b.fetch)
    void l.open(7)
    b.answer(0)
    await settle()
    expect(l.record.value?.id).toBe(7)
    void l.open(8)
    expect(l.record.value).toBeNull()
    expect(l.id.value).toBe(8)
  })

  it('reload asks again for the record last opened, not the one last shown', async () => {
    const b = controlled()
    const l = useRecordLoader(b.fetch)
    void l.open(1)
    b.answer(0)
    await settle()
    void l.open(2) // still loading: the record shown is empty, the one asked for is 2
    void l.reload()
    expect(b.calls.map((c) => c.id)).toEqual([1, 2, 2])
    b.answer(2)
    b.answer(1)
    await settle()
    expect(l.record.value?.id).toBe(2)
  })

  it('reloading the same record keeps it on screen until the fresh copy arrives', async () => {
    const b = controlled()
    const l = useRecordLoader(b.fetch)
    void l.open(3)
    b.answer(0)
    await settle()
    void l.reload()
    expect(l.record.value?.id).toBe(3)
    b.calls[1].resolve({ id: 3, name: 'renamed' })
    await settle()
    expect(l.record.value?.name).toBe('renamed')
  })

  it('close drops whatever is still on its way', async () => {
    const b = controlled()
    const l = useRecordLoader(b.fetch)
    void l.open(4)
    l.close()
    b.answer(0)
    await settle()
    expect(l.record.value).toBeNull()
    expect(l.id.value).toBeNull()
  })

  it('reports only the error of the current request', async () => {
    const b = controlled()
    const l = useRecordLoader(b.fetch)
    void l.open(1)
    void l.open(2)
    b.calls[0].reject(new Error('{"code":"not_found","message":"Ticket 1 is gone."}'))
    await settle()
    expect(l.error.value).toBeNull()
    b.calls[1].reject(new Error('{"code":"not_found","message":"Ticket 2 is gone."}'))
    await settle()
    expect(l.error.value?.message).toBe('Ticket 2 is gone.')
    expect(l.loading.value).toBe(false)
  })

  it('open tells whether its answer was the one shown', async () => {
    const b = controlled()
    const l = useRecordLoader(b.fetch)
    const first = l.open(5)
    const second = l.open(6)
    b.answer(0)
    b.answer(1)
    expect(await first).toBe(false)
    expect(await second).toBe(true)
  })
})
