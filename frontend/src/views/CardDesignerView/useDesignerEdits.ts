// Designer edits beyond one element: adding from the palette, moving and
// deleting the whole selection, and the card setup (size, orientation,
// bleed, safe margin, background, back side). Each is one undo step.
import type { Design, Element, SizePresetInfo } from '@/api/cards'
import {
  defaultElement, moveElements, newElementId, presetSize, safeArea, setOrientation, type BrandColors, type ElementType,
} from '@/lib/cardElements'
import { round2 } from '@/lib/cardGeometry'
import type { CardDesigner } from './useCardDesigner'

export function useDesignerEdits(d: CardDesigner, brand: () => BrandColors) {
  const current = (): Design | null => d.design.value

  function add(type: ElementType, src?: string): void {
    const design = current()
    if (!design) return
    const taken = [...design.front.elements, ...(design.back?.elements ?? [])].map((e) => e.id)
    const el = defaultElement(type, newElementId(type, taken), safeArea(design), brand(), src)
    d.elements.value.push(el)
    d.commit()
    d.selectedIds.value = [el.id]
  }

  /** Moves every selected element by dx, dy mm; record=false while dragging. */
  function moveSelected(dx: number, dy: number, record = true): void {
    const starts: Record<string, { x: number; y: number }> = {}
    for (const e of d.elements.value) if (d.selectedIds.value.includes(e.id)) starts[e.id] = e
    const moved = moveElements(starts, dx, dy)
    for (const e of d.elements.value) if (moved[e.id]) Object.assign(e, moved[e.id])
    if (record) d.commit()
  }

  /** Sets positions (from a drag of several elements) without recording. */
  function place(positions: Record<string, Partial<Element>>): void {
    for (const e of d.elements.value) if (positions[e.id]) Object.assign(e, positions[e.id])
  }

  function removeSelected(): void {
    const ids = new Set(d.selectedIds.value)
    if (!ids.size) return
    const list = d.elements.value
    for (let i = list.length - 1; i >= 0; i--) if (ids.has(list[i]!.id)) list.splice(i, 1)
    d.selectedIds.value = []
    d.commit()
  }

  function edit(fn: (design: Design) => void): void {
    const design = current()
    if (!design) return
    fn(design)
    d.commit()
  }
  const setPreset = (p: SizePresetInfo) => edit((x) => { x.size = presetSize(p, x.size.orientation); x.bleedMm = round2(p.bleedMm) })
  const setCustom = (widthMm: number, heightMm: number) => edit((x) => {
    x.size = { ...x.size, preset: 'custom', widthMm: round2(widthMm), heightMm: round2(heightMm), orientation: widthMm > heightMm ? 'landscape' : 'portrait' }
  })
  const setUnit = (unit: 'in' | 'mm') => edit((x) => { x.size = { ...x.size, unit } })
  const orientation = (o: 'portrait' | 'landscape') => edit((x) => { x.size = setOrientation(x.size, o) })
  const setBleed = (mm: number) => edit((x) => { x.bleedMm = round2(mm) })
  const setSafe = (mm: number) => edit((x) => { x.safeMm = round2(mm) })
  const setBackground = (color: string) => edit((x) => {
    const s = d.side.value === 'back' && x.back ? x.back : x.front
    s.background = { ...s.background, color }
  })
  // A background image covers the bleed box; '' removes it.
  const setBackgroundImage = (image: string) => edit((x) => {
    const s = d.side.value === 'back' && x.back ? x.back : x.front
    s.background = { ...s.background, image }
  })
  function addBack(): void {
    edit((x) => { x.back = { background: { color: x.front.background.color }, elements: [] } })
    d.side.value = 'back'
  }
  function removeBack(): void {
    d.side.value = 'front'
    edit((x) => { delete x.back })
  }

  return { add, moveSelected, place, removeSelected, setPreset, setCustom, setUnit, orientation, setBleed, setSafe, setBackground, setBackgroundImage, addBack, removeBack }
}
export type DesignerEdits = ReturnType<typeof useDesignerEdits>
