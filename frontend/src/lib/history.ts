// An undo/redo stack of snapshots (the designer keeps design JSON strings).
export class History<T> {
  private past: T[] = []
  private future: T[] = []
  constructor(private present: T, private readonly limit = 200) {}

  get current(): T { return this.present }
  get canUndo(): boolean { return this.past.length > 0 }
  get canRedo(): boolean { return this.future.length > 0 }

  /** Records a new state; equal states are ignored and the redo branch is dropped. */
  push(state: T): void {
    if (state === this.present) return
    this.past.push(this.present)
    if (this.past.length > this.limit) this.past.shift()
    this.present = state
    this.future = []
  }

  undo(): T | null {
    const prev = this.past.pop()
    if (prev === undefined) return null
    this.future.push(this.present)
    this.present = prev
    return prev
  }

  redo(): T | null {
    const next = this.future.pop()
    if (next === undefined) return null
    this.past.push(this.present)
    this.present = next
    return next
  }

  reset(state: T): void {
    this.past = []
    this.future = []
    this.present = state
  }
}
