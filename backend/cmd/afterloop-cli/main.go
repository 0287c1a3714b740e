// Command afterloop-cli is Afterloop's command-line tool.
package main

import (
	"os"

	"afterloop/backend/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}
