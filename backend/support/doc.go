// Package support is the logic of support triage with no
// SQL and no UI: suggesting a category from the buyer's words, the
// first-response timers TikTok measures, and working-day dispute deadlines.
package support
