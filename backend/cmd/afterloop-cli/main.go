// Command afterloop-cli is Afterloop's command-line tool.
package main

import (
	"os"

	"afterloop/backend/cli"
	"afterloop/backend/tabular"
)

func main() {
	// Temporary sheet copies left by a crash or a kill hold buyer data.
	_ = tabular.Cleanup()
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}
