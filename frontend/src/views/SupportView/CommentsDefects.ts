// Choice lists built from the support taxonomy: a comment's defect is a
// subcategory, picked from a list grouped by category.
import type { SelectGroupOption } from 'naive-ui'
import type { Taxonomy } from '@/api/support'

export type DefectGroup = SelectGroupOption

/** Subcategories grouped by their category, for an NSelect. */
export function defectOptions(taxonomy: Taxonomy): DefectGroup[] {
  return taxonomy.categories.map((c) => ({
    type: 'group', key: c.key, label: c.label,
    children: c.subcategories.map((s) => ({ label: s.label, value: s.key })),
  }))
}

/** Every category and subcategory key with its label. */
export function taxonomyLabels(taxonomy: Taxonomy): Record<string, string> {
  const out: Record<string, string> = {}
  for (const c of taxonomy.categories) {
    out[c.key] = c.label
    for (const s of c.subcategories) out[s.key] = s.label
  }
  return out
}
