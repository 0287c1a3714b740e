// Package cli is afterloop-cli: the command-line tool over the same backend
// as the app, for automation and batch work.
// Exit status: 0 success, 1 bad input (one clear line on stderr), 2 wrong usage.
package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/service"
	"afterloop/backend/store"
)

// Exit codes.
const (
	ExitOK         = 0
	ExitBadInput   = 1
	ExitWrongUsage = 2
)

// env is what every subcommand gets.
type env struct {
	ctx    context.Context
	stdout io.Writer
	stderr io.Writer
	dbPath string
	tz     string
	shop   *service.Shop
}

// location is --tz if given, else the shop's zone.
func (e *env) location() (*time.Location, error) {
	if e.tz != "" {
		loc, err := time.LoadLocation(e.tz)
		if err != nil {
			return nil, usageError{fmt.Sprintf("--tz %q is not a time zone (use an IANA name such as Asia/Tokyo)", e.tz)}
		}
		return loc, nil
	}
	return e.shop.Location(e.ctx), nil
}

type command struct {
	name    string
	summary string
	run     func(e *env, args []string) error
}

// commands is filled by each subcommand file's init-free constructor below.
func commands() []command {
	return []command{
		{"import", "import orders|returns|tickets|reviews|comments FILE [--date-order dmy|mdy|ymd] [--platform auto|tiktok|shopify] [--dry-run] [--json]", runImport},
		{"orders", ordersUsage, runOrders},
		{"imports", importsUsage, runImports},
		{"stats", "stats [--json]: count orders, lines, customers, products, returns, imports", runStats},
		{"demo", "demo [--json]: load the demo shop into an empty database", runDemo},
		{"timeline", "timeline due [--on YYYY-MM-DD] [--json] | mark-sent ORDER_ID STAGE | skip ORDER_ID STAGE --reason TEXT | skip-before DATE|first-import --reason TEXT", runTimeline},
		{"cards", "cards list [--json] | new KIND | export ID [--sku KEY ...] [--qty N] --layout single|letter|a4 [--crop-marks] -o OUT.pdf", runCards},
		{"tickets", "tickets list [--status S] [--json]: the support tickets, newest first", runTickets},
		{"voc", vocUsage, runVoc},
		{"policy", policyUsage, runPolicy},
		{"undo", "undo IMPORT_ID [--json]: undo one import (a backup is made first)", runUndo},
		{"buyer", "buyer erase KEY [--backups] [--by NAME] [--json]: remove a buyer's personal data everywhere | buyer erasures [--json]: the erasure log", runBuyer},
		{"backup", backupUsage, runBackup},
		{"backups", "backups list [--json]: the backups beside the database, newest first", runBackups},
		{"restore", "restore FILE [--json]: put a backup in place of the database (the current one is backed up first)", runRestore},
		{"scorecard", "scorecard [--week YYYY-Www] [--json] [-o OUT.xlsx]: the weekly scorecard (default: the last complete week)", runScorecard},
		{"health", "health [--on YYYY-MM-DD] [--json]: shop health metrics as the platform grades them, and what to fix first", runHealth},
	}
}

// usageError means the command line itself is wrong (exit 2).
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

// Run executes the CLI and returns the exit status.
func Run(args []string, stdout, stderr io.Writer) int {
	global := flag.NewFlagSet("afterloop-cli", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	dbPath := global.String("db", "", "database file (default: the app's own database)")
	tz := global.String("tz", "", "shop time zone for times in files (default: the shop setting)")
	if err := global.Parse(args); err != nil {
		return usage(stderr, err.Error())
	}
	rest := global.Args()
	if len(rest) == 0 || rest[0] == "help" || rest[0] == "-h" || rest[0] == "--help" {
		if len(rest) == 0 {
			return usage(stderr, "")
		}
		if rest[0] == "help" && len(rest) > 1 {
			return printCommandHelp(stdout, stderr, rest[1])
		}
		printUsage(stdout)
		return ExitOK
	}
	cmd := findCommand(rest[0])
	if cmd == nil {
		return usage(stderr, unknownCommand(rest[0]))
	}
	path := *dbPath
	if path == "" {
		var err error
		if path, err = store.DefaultPath(); err != nil {
			fmt.Fprintln(stderr, "afterloop-cli:", err)
			return ExitBadInput
		}
	}
	ctx := context.Background()
	st, err := store.Open(ctx, path, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		fmt.Fprintln(stderr, "afterloop-cli:", oneLine(err))
		return ExitBadInput
	}
	defer func() { _ = st.Close() }() // read only, or already written and checked: closing loses nothing
	e := &env{ctx: ctx, stdout: stdout, stderr: stderr, dbPath: path, tz: *tz, shop: &service.Shop{Store: st}}
	if err := cmd.run(e, rest[1:]); err != nil {
		var u usageError
		if errors.As(err, &u) {
			return usage(stderr, u.msg)
		}
		fmt.Fprintln(stderr, "afterloop-cli:", oneLine(err))
		return ExitBadInput
	}
	return ExitOK
}

// oneLine renders an error as one line with its details (file, row, hint).
func oneLine(err error) string {
	e := apperr.From(err)
	msg := e.Message
	if e.Code == apperr.CodeInternal && e.Unwrap() != nil {
		msg = e.Unwrap().Error()
	}
	keys := make([]string, 0, len(e.Details))
	for k := range e.Details {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		msg += fmt.Sprintf(" [%s: %s]", k, e.Details[k])
	}
	return strings.ReplaceAll(msg, "\n", " ")
}

func usage(stderr io.Writer, problem string) int {
	if problem != "" {
		fmt.Fprintln(stderr, "afterloop-cli:", problem)
	}
	printUsage(stderr)
	return ExitWrongUsage
}

func findCommand(name string) *command {
	for _, c := range commands() {
		if c.name == name {
			return &c
		}
	}
	return nil
}

// unknownCommand names the closest command when a name is mistyped.
func unknownCommand(name string) string {
	best, bestDistance := "", 3 // further than two edits is no longer a typo
	for _, c := range commands() {
		if d := editDistance(strings.ToLower(name), c.name); d < bestDistance {
			best, bestDistance = c.name, d
		}
	}
	if best != "" {
		return fmt.Sprintf("unknown command %q; did you mean %q?", name, best)
	}
	return fmt.Sprintf("unknown command %q", name)
}

// printCommandHelp is "help COMMAND": the command's forms and options, and
// the options every command takes.
func printCommandHelp(stdout, stderr io.Writer, name string) int {
	cmd := findCommand(name)
	if cmd == nil {
		return usage(stderr, unknownCommand(name))
	}
	for i, form := range strings.Split(cmd.summary, " | ") {
		if !strings.HasPrefix(form, cmd.name) {
			form = cmd.name + " " + form
		}
		lead := "usage:"
		if i > 0 {
			lead = "      "
		}
		fmt.Fprintf(stdout, "%s afterloop-cli [--db PATH] [--tz ZONE] %s\n", lead, form)
	}
	fmt.Fprintln(stdout, "  --db PATH   the database file (default: the app's own database)")
	fmt.Fprintln(stdout, "  --tz ZONE   the shop time zone for times in files and output (default: the shop setting)")
	fmt.Fprintln(stdout, "  --json      one JSON document on stdout with snake_case keys (where the command has it)")
	return ExitOK
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: afterloop-cli [--db PATH] [--tz ZONE] COMMAND [ARGS]")
	fmt.Fprintln(w, "commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %s\n", c.summary)
	}
}

// parseInterleaved parses flags that may come before, between or after
// positional arguments ("import orders FILE --json").
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func fileMustExist(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return apperr.Newf(apperr.CodeInvalidInput, "Cannot read %s: no such file.", path)
	}
	if st.IsDir() {
		return apperr.Newf(apperr.CodeInvalidInput, "%s is a folder; give the path of an .xlsx or .csv file.", path)
	}
	return nil
}
