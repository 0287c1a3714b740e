package support

import "time"

// TikTok counts chats answered within 12 hours; some regions use 24. The
// inbox shows both, so a seller in either kind of region reads the right one.
const (
	ResponseTarget12h = 12 * time.Hour
	ResponseTarget24h = 24 * time.Hour
)

// ResponseTimers is the first-response clock of one ticket at an instant.
type ResponseTimers struct {
	Answered bool `json:"answered"`
	// Waited is how long the buyer has waited (unanswered, up to now) or
	// waited (answered: first reply minus opened), never negative.
	Waited time.Duration `json:"waited"`
	// Left12h and Left24h are the time left to each target; negative once
	// breached. Answered tickets keep the margin they were answered with.
	Left12h     time.Duration `json:"left12h"`
	Left24h     time.Duration `json:"left24h"`
	Breached12h bool          `json:"breached12h"`
	Breached24h bool          `json:"breached24h"`
}

// FirstResponseTimers computes the timers. firstResponse is the zero time
// while no reply has been logged. First response time = first reply logged
// minus opened time, the way TikTok measures it.
func FirstResponseTimers(opened, firstResponse, now time.Time) ResponseTimers {
	end := now
	t := ResponseTimers{}
	if !firstResponse.IsZero() {
		t.Answered = true
		end = firstResponse
	}
	t.Waited = max(0, end.Sub(opened))
	t.Left12h = ResponseTarget12h - t.Waited
	t.Left24h = ResponseTarget24h - t.Waited
	t.Breached12h = t.Waited > ResponseTarget12h
	t.Breached24h = t.Waited > ResponseTarget24h
	return t
}

// FirstResponseTimersUnix is FirstResponseTimers over stored Unix seconds
// (0 = no reply yet).
func FirstResponseTimersUnix(openedAt, firstResponseAt int64, now time.Time) ResponseTimers {
	var first time.Time
	if firstResponseAt > 0 {
		first = time.Unix(firstResponseAt, 0)
	}
	return FirstResponseTimers(time.Unix(openedAt, 0), first, now)
}
