package cli

import (
	"flag"
	"fmt"
	"strings"

	"afterloop/backend/policy"
)

const policyUsage = "policy check --purpose review_request|message|marketing|support_reply|card [--json] TEXT: check a text against the policy guard (exit 0 whether or not it blocks)"

// policyFinding is one finding in the documented `policy check --json` shape.
type policyFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Match    string `json:"match"`
	Why      string `json:"why"`
}

type policyJSON struct {
	Blocked  bool            `json:"blocked"`
	Findings []policyFinding `json:"findings"`
}

// runPolicy checks a text the way the app checks it before saving or
// copying, with the shop's link allow-list. A blocked text is a result, not
// an error: the exit status stays 0 so scripts read the verdict.
func runPolicy(e *env, args []string) error {
	if len(args) == 0 || args[0] != "check" {
		return usageError{"policy needs a subcommand: " + policyUsage}
	}
	fs := flag.NewFlagSet("policy check", flag.ContinueOnError)
	purpose := fs.String("purpose", "", "review_request|message|marketing|support_reply|card")
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args[1:])
	if err != nil {
		return err
	}
	switch *purpose {
	case policy.PurposeReviewRequest, policy.PurposeMessage, policy.PurposeMarketing, policy.PurposeSupportReply, policy.PurposeCard:
	case "":
		return usageError{"policy check needs --purpose review_request|message|marketing|support_reply|card"}
	default:
		return usageError{fmt.Sprintf("--purpose must be review_request, message, marketing, support_reply or card, not %q", *purpose)}
	}
	text := strings.Join(pos, " ")
	if strings.TrimSpace(text) == "" {
		return usageError{"policy check needs the TEXT to check"}
	}
	var findings []policy.Finding
	if *purpose == policy.PurposeCard {
		findings = policy.CheckCard(text, nil)
	} else {
		settings, err := e.shop.Store.GetTimelineSettings(e.ctx)
		if err != nil {
			return err
		}
		findings = policy.Check(text, policy.Context{Purpose: *purpose, ChatLimit: settings.ChatLimit, LinkAllowList: settings.LinkAllowList})
	}
	out := policyJSON{Blocked: policy.Blocking(findings), Findings: make([]policyFinding, 0, len(findings))}
	for _, f := range findings {
		out.Findings = append(out.Findings, policyFinding{Rule: f.Rule, Severity: f.Severity, Match: f.Match, Why: f.Why})
	}
	if *asJSON {
		return writeJSON(e.stdout, out)
	}
	verdict := "ok"
	if out.Blocked {
		verdict = "blocked"
	}
	fmt.Fprintln(e.stdout, verdict)
	for _, f := range out.Findings {
		if f.Match != "" {
			fmt.Fprintf(e.stdout, "  %s %s %q: %s\n", f.Severity, f.Rule, f.Match, f.Why)
		} else {
			fmt.Fprintf(e.stdout, "  %s %s: %s\n", f.Severity, f.Rule, f.Why)
		}
	}
	return nil
}
