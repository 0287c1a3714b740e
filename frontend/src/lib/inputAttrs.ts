import type { InputHTMLAttributes } from 'vue'

/**
 * Attributes for the <input> inside a Naive UI input (its input-props), with
 * a data-testid: Vue's attribute types have no data-* keys.
 */
export function inputAttrs(testId: string, attrs: InputHTMLAttributes = {}): InputHTMLAttributes {
  return { ...attrs, 'data-testid': testId } as InputHTMLAttributes
}
