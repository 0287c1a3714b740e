package policy

import (
	"regexp"
	"strings"
)

// Two short questions that sort buyers by mood — "Happy? Leave a review!
// Not happy? Message us first." — filter reviews just as "only if you are
// happy" does: happy buyers are sent to the review form, unhappy ones away
// from it. The guard reads the text as questions, each followed by what it
// asks the buyer to do until the next question.

var (
	// pleasedRe: a question about being pleased ("Happy?", "Love it?",
	// "Enjoying your tee?", "All good now?").
	pleasedRe = regexp.MustCompile(`\b(?:happy|satisfied|pleased|delighted|thrilled|love|loving|loved|like|liked|enjoy|enjoying|enjoyed|all\s+good|good|great|works?)\b`)
	// displeasedRe: a question about a problem or being unhappy.
	displeasedRe = regexp.MustCompile(`\b(?:not|un\w*|dis\w*|don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|problems?|issues?|wrong|trouble|less\s+than|bad|complaints?|disappointed|concerns?)\b`)
	reviewAskRe  = regexp.MustCompile(`\b(?:reviews?|rate|rating|ratings|stars?|feedback)\b`)
	contactRe    = regexp.MustCompile(`\b(?:message|contact|chat|talk|write|reply|tell|reach|dm|let\s+us\s+know|get\s+in\s+touch)\b`)
)

// maxQuestionWords keeps long questions out: "Did the tee arrive in the size
// you ordered?" is a real question, not a mood switch.
const maxQuestionWords = 6

const whySplit = "Sending happy buyers to reviews and unhappy ones to a private message filters reviews by satisfaction; TikTok Shop treats it as review manipulation. Ask every buyer for an honest review, and offer help separately."

type question struct {
	start, end int    // the question, in bytes
	after      string // what follows it, up to the next question
	afterEnd   int
}

// checkSplitQuestions reports mood-sorting questions: a "pleased?"
// question answered with a review request, or a "problem?" question
// answered with "message us" in a text that also asks for a review.
func checkSplitQuestions(text, lower string) []Finding {
	if !strings.Contains(lower, "?") || !reviewAskRe.MatchString(lower) {
		return nil
	}
	qs := shortQuestions(lower)
	var toReview, toContact []question
	for _, q := range qs {
		words := lower[q.start:q.end]
		switch {
		case displeasedRe.MatchString(words):
			if contactRe.MatchString(q.after) && !reviewAskRe.MatchString(q.after) {
				toContact = append(toContact, q)
			}
		case pleasedRe.MatchString(words):
			if reviewAskRe.MatchString(q.after) {
				toReview = append(toReview, q)
			}
		}
	}
	if len(toReview) == 0 {
		return nil
	}
	start, end := toReview[0].start, toReview[0].afterEnd
	for _, q := range append(toReview[1:], toContact...) {
		start, end = min(start, q.start), max(end, q.afterEnd)
	}
	match := strings.TrimSpace(text[start:end])
	end = start + len(match)
	return []Finding{{Rule: RuleSatisfaction, Severity: SeverityBlock, Match: match, Start: start, End: end, Why: whySplit}}
}

// shortQuestions finds questions of at most maxQuestionWords words and the
// text after each one up to the next question mark's sentence.
func shortQuestions(lower string) []question {
	var out []question
	sentenceStart := 0
	for i := 0; i < len(lower); i++ {
		switch lower[i] {
		case '.', '!', '\n':
			sentenceStart = i + 1
		case '?':
			q := strings.TrimLeft(lower[sentenceStart:i+1], " \t")
			start := i + 1 - len(q)
			if n := len(strings.Fields(q)); n > 0 && n <= maxQuestionWords {
				out = append(out, question{start: start, end: i + 1})
			}
			sentenceStart = i + 1
		}
	}
	for k := range out {
		next := len(lower)
		if k+1 < len(out) {
			next = out[k+1].start
		}
		out[k].after, out[k].afterEnd = lower[out[k].end:next], next
	}
	return out
}
