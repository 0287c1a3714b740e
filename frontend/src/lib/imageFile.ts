// Reads a PNG or JPEG the seller chose as a data: URI (card images).
export function readImageFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('could not read the image'))
    reader.readAsDataURL(file)
  })
}

/** The chosen file of an <input type="file"> change event, clearing the input. */
export function takeFile(ev: Event): File | null {
  const input = ev.target as HTMLInputElement
  const file = input.files?.[0] ?? null
  input.value = ''
  return file
}
