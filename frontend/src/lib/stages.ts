type TagType = 'default' | 'primary' | 'info' | 'success' | 'warning' | 'error'

const stateTags: Record<string, TagType> = {
  upcoming: 'default',
  due: 'warning',
  sent: 'success',
  skipped: 'default',
  snoozed: 'info',
  expired: 'default',
  not_applicable: 'default',
}

export function stateTagType(state: string, overdue = false): TagType {
  if (state === 'due' && overdue) return 'error'
  return stateTags[state] ?? 'default'
}

export function stateLabelKey(state: string): string {
  return `stageState.${state in stateTags ? state : 'upcoming'}`
}
