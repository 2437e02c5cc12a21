// Command newsworker consumes raw news articles from NATS JetStream,
// extracts when, where, who and how many, and publishes one enriched record
// per article.
//
// Subcommands:
//
//	newsworker [run] [flags]            the worker (embedded NATS when --nats-url is empty)
//	newsworker extract [FILE ...|-]     raw messages → enriched records on stdout
//	newsworker replay PATH [flags]      publish raw fixtures to a running server
//	newsworker eval --gold DIR [--json] score extraction against gold annotations
//
// Every flag can also be set by environment: NEWSWORKER_<FLAG> with dashes
// as underscores (NATS_URL for --nats-url). `newsworker CMD --help` lists
// them.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// usage lists the subcommands.
const usage = `usage: newsworker [run|extract|replay|eval|version] [flags]

  run       consume news.raw.>, publish enriched records (the default)
  extract   raw message files (or stdin) → enriched records, one per line
  replay    publish raw message files to a running server, optionally check the records
  eval      extract gold files' text and score it as score.py does
  version   print the version

"newsworker CMD --help" lists a command's flags.
`

func main() {
	os.Exit(dispatch(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// dispatch runs one subcommand and returns the exit status.
func dispatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := "run"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "run":
		err = runCmd(args, stdout, stderr)
	case "extract":
		err = extractCmd(args, stdin, stdout, stderr)
	case "replay":
		err = replayCmd(args, stdout, stderr)
	case "eval":
		err = evalCmd(args, stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, version)
	case "help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "newsworker: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errReported):
		return 1
	}
	fmt.Fprintf(stderr, "newsworker %s: %v\n", cmd, err)
	return 1
}

var (
	// errUsage: bad flags; the flag package has already said why.
	errUsage = errors.New("usage")
	// errReported: a failure whose details were already printed.
	errReported = errors.New("failed")
)

// parse parses a subcommand's flags, mapping a flag error to errUsage.
func parse(fs *flag.FlagSet, args []string) error {
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		if strings.HasPrefix(err.Error(), "newsworker: environment") {
			return err
		}
		return errUsage
	}
	return nil
}
