import * as DemoService from '../../wailsjs/go/service/DemoService'
import { call } from './errors'
import type { DemoResult } from './types'

/** Generates and imports the demo shop; progress arrives as demo:progress events. */
export function loadDemoShop(): Promise<DemoResult> {
  return call(() => DemoService.Load())
}
