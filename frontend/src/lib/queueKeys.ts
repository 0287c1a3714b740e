import { isTypingTarget } from './keys'

export type QueueCommand = 'next' | 'prev' | 'copy' | 'sent' | 'toggle'

interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  target: EventTarget | null
}

/**
 * The queue's shortcuts: j/k move, c copies, s marks sent, x selects.
 * Nothing while typing or with a modifier held (Ctrl+C stays copy-text).
 */
export function queueCommand(e: KeyLike): QueueCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return null
  switch (e.key) {
    case 'j':
    case 'ArrowDown':
      return 'next'
    case 'k':
    case 'ArrowUp':
      return 'prev'
    case 'c':
      return 'copy'
    case 's':
      return 'sent'
    case 'x':
      return 'toggle'
    default:
      return null
  }
}

/** The next selected index within [0, total), or -1 when empty. */
export function moveIndex(current: number, delta: number, total: number): number {
  if (total <= 0) return -1
  if (current < 0) return delta > 0 ? 0 : total - 1
  return Math.min(total - 1, Math.max(0, current + delta))
}
