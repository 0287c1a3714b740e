// Date-time pickers work in the computer's zone; a comment's posted time is
// meant in the shop's zone (what Seller Center and the video show). These
// convert between the picker's wall clock and UTC seconds in the shop zone.

function zoneOffsetSeconds(utcSeconds: number, zone: string): number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  })
  const p: Record<string, number> = {}
  for (const part of f.formatToParts(new Date(utcSeconds * 1000))) p[part.type] = Number(part.value)
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) / 1000
  return wall - utcSeconds
}

function validZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return zone
  } catch {
    return 'UTC'
  }
}

/** The picker value (ms, computer zone wall clock) read as a wall clock in the shop zone: UTC seconds. */
export function pickerToShopSeconds(pickerMs: number, zone: string): number {
  const z = validZone(zone)
  const d = new Date(pickerMs)
  const wall = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()) / 1000
  // Two passes settle the offset across a daylight-saving change.
  let utc = wall - zoneOffsetSeconds(wall, z)
  utc = wall - zoneOffsetSeconds(utc, z)
  return Math.floor(utc)
}

/** UTC seconds shown in the shop zone, as a picker value (ms in the computer zone). */
export function shopSecondsToPicker(seconds: number, zone: string): number {
  const z = validZone(zone)
  const wall = new Date((seconds + zoneOffsetSeconds(seconds, z)) * 1000)
  return new Date(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds()).getTime()
}
