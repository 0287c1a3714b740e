import * as ShopService from '../../wailsjs/go/service/ShopService'
import { domain } from '../../wailsjs/go/models'
import { call } from './errors'
import type { AppStatus, Settings, TeamMember } from './types'

export function getStatus(): Promise<AppStatus> {
  return call(() => ShopService.Status())
}

export function getSettings(): Promise<Settings> {
  return call(() => ShopService.GetSettings())
}

/** Saves the settings; invalid fields reject with AppError details keyed by field. */
export function saveSettings(settings: Settings): Promise<Settings> {
  return call(() => ShopService.SaveSettings(domain.Settings.createFrom(settings)))
}

export async function listTimeZones(): Promise<string[]> {
  return (await call(() => ShopService.ListTimeZones())) ?? []
}

export async function listTeam(): Promise<TeamMember[]> {
  return (await call(() => ShopService.ListTeam())) ?? []
}

/** Adds (id 0) or updates a teammate. */
export function saveTeamMember(member: TeamMember): Promise<TeamMember> {
  return call(() => ShopService.SaveTeamMember(domain.TeamMember.createFrom(member)))
}

export function deleteTeamMember(id: number): Promise<void> {
  return call(() => ShopService.DeleteTeamMember(id))
}
