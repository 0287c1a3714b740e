import { computed, h } from 'vue'
import { useI18n } from 'vue-i18n'
import { NTag, type SelectGroupOption, type SelectOption } from 'naive-ui'
import { useVocStore } from './vocStore'

/** The select options the new-entry form and the entry page share. */
export function useVocChoices() {
  const { t } = useI18n()
  const v = useVocStore()

  const subcategoryOptions = computed<SelectGroupOption[]>(() => v.options.categories.map((c) => ({
    type: 'group', key: c.key, label: c.label,
    children: c.subcategories.map((s) => ({ value: s.key, label: s.label })),
  })))
  const rootCauseOptions = computed<SelectOption[]>(() => v.options.rootCauses.map((o) => ({ value: o.key, label: o.label })))
  const ownerOptions = computed<SelectOption[]>(() => [
    { value: '', label: t('voc.field.noOwner') },
    ...v.options.owners.map((o) => ({ value: o.key, label: o.label })),
    ...v.team.map((m) => ({ value: `teammate:${m.id}`, label: m.name })),
  ])
  /** Every product, plus SKUs already on the entry that are not in the catalogue. */
  const skuOptions = (current: () => string[]) => computed<SelectOption[]>(() => {
    const known = new Set(v.products.map((p) => p.key))
    return [
      ...v.products.map((p) => ({ value: p.key, label: `${p.key} · ${[p.name, p.variation].filter(Boolean).join(' · ')}` })),
      ...current().filter((k) => !known.has(k)).map((k) => ({ value: k, label: k })),
    ]
  })
  const statusOptions = computed<SelectOption[]>(() => v.options.statuses.map((o) => ({ value: o.key, label: o.label })))
  const fixKindOptions = computed<SelectOption[]>(() => v.options.fixKinds.map((o) => ({ value: o.key, label: o.label })))
  const cardOptions = computed<SelectOption[]>(() => v.cards.map((c) => ({ value: c.id, label: c.name })))
  /** The category a subcategory belongs to ("" when unknown). */
  const categoryOf = (sub: string): string => v.options.categories.find((c) => c.subcategories.some((s) => s.key === sub))?.key ?? ''

  /** A chosen SKU as a tag with just its key; the product name on hover. */
  const renderSkuTag = ({ option, handleClose }: { option: SelectOption; handleClose: () => void }) => h(NTag, {
    size: 'small', closable: true, class: 'sku-tag', title: v.productName[String(option.value)] ?? String(option.value),
    onMousedown: (e: MouseEvent) => e.preventDefault(), onClose: (e: MouseEvent) => { e.stopPropagation(); handleClose() },
  }, { default: () => String(option.value) })

  return { renderSkuTag, subcategoryOptions, rootCauseOptions, ownerOptions, skuOptions, statusOptions, fixKindOptions, cardOptions, categoryOf }
}
