import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import { NButton, useMessage, useNotification } from 'naive-ui'
import { copyMessage, markSent, markSentMany, skip, snooze, undoAction } from '@/api/timeline'
import { toAppError } from '@/api/errors'
import type { StageRef } from '@/api/types'
import { useAppStore } from '@/stores/app'
import { useTimelineBadge } from '@/stores/timelineBadge'
import { formatShortTime } from './dates'

interface Target extends StageRef {
  externalOrderId: string
}

/**
 * The queue's actions with their toasts: results as short messages, sent and
 * skipped with an Undo notification. Each refreshes the data afterwards.
 */
export function useTimelineActions() {
  const { t } = useI18n()
  const message = useMessage()
  const notification = useNotification()
  const app = useAppStore()
  const badge = useTimelineBadge()

  function fail(e: unknown): false {
    message.error(toAppError(e).message, { duration: 6000 })
    return false
  }

  function withUndo(title: string, refs: StageRef[]): void {
    const n = notification.create({
      type: 'success',
      title,
      duration: 8000,
      action: () =>
        h(NButton, {
          size: 'small', type: 'primary', secondary: true, 'data-testid': 'queue-undo',
          onClick: async () => {
            n.destroy()
            try {
              for (const r of refs) await undoAction(r.orderId, r.stage)
              message.info(t('timeline.undone'))
            } catch (e) {
              fail(e)
            }
            void app.dataChanged()
          },
        }, { default: () => t('common.undo') }),
    })
  }

  async function copy(item: Target): Promise<string | false> {
    try {
      const text = await copyMessage(item.orderId, item.stage)
      message.success(t('timeline.copied'))
      return text
    } catch (e) {
      return fail(e)
    }
  }

  async function sent(item: Target): Promise<boolean> {
    try {
      await markSent(item.orderId, item.stage, badge.teammateId)
      withUndo(t('timeline.markedSent', { id: item.externalOrderId }), [item])
      void app.dataChanged()
      return true
    } catch (e) {
      return fail(e)
    }
  }

  async function sentMany(refs: StageRef[]): Promise<boolean> {
    try {
      await markSentMany(refs, badge.teammateId)
      withUndo(t('timeline.markedSentMany', { n: refs.length }, refs.length), refs)
      void app.dataChanged()
      return true
    } catch (e) {
      return fail(e)
    }
  }

  async function skipWith(item: Target, reason: string): Promise<boolean> {
    try {
      await skip(item.orderId, item.stage, reason)
      withUndo(t('timeline.skipped', { id: item.externalOrderId }), [item])
      void app.dataChanged()
      return true
    } catch (e) {
      return fail(e)
    }
  }

  async function snoozeUntil(item: Target, until: number): Promise<boolean> {
    try {
      await snooze(item.orderId, item.stage, until)
      withUndo(t('timeline.snoozed', { when: formatShortTime(until, app.timeZone) }), [item])
      void app.dataChanged()
      return true
    } catch (e) {
      return fail(e)
    }
  }

  return { copy, sent, sentMany, skipWith, snoozeUntil }
}
