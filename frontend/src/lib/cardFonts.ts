// Registers each card font face once with the FontFace API, from the same
// TrueType bytes the PDF embeds. Every face gets its own family name so the
// browser never synthesizes bold or italic.
import { fontData, type FontRef } from '@/api/cards'

const loaded = new Map<string, Promise<void>>()

/** The CSS family name a face is registered under. */
export function faceFamily(key: string): string {
  return 'afterloop-card-' + key.toLowerCase().replace(/[^a-z0-9]+/g, '-')
}

function decode(b64: string): ArrayBuffer {
  const bin = atob(b64)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return bytes.buffer
}

async function register(ref: FontRef): Promise<void> {
  const face = new FontFace(faceFamily(ref.key), decode(await fontData(ref.family, ref.style)))
  await face.load()
  document.fonts.add(face)
}

/** Resolves once every face is usable; a face that fails is retried next time. */
export async function loadFonts(refs: FontRef[]): Promise<void> {
  await Promise.all(refs.map((ref) => {
    let p = loaded.get(ref.key)
    if (!p) {
      p = register(ref).catch((e: unknown) => {
        loaded.delete(ref.key)
        throw e
      })
      loaded.set(ref.key, p)
    }
    return p
  }))
}
