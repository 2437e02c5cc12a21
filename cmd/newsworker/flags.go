package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Every flag is also settable by environment: NEWSWORKER_<NAME upper, '-'
// → '_'>, and NATS_URL for --nats-url. The helpers below read the default
// from the environment and remember a bad value, which parseFlags reports
// naming the variable.

// envErrs holds, per flag set, the environment values that did not parse.
var envErrs sync.Map // *flag.FlagSet → *[]error

// envName returns the environment variable of a flag.
func envName(name string) string {
	return "NEWSWORKER_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
}

// envValue returns the environment value for a flag and the variable it
// came from.
func envValue(name string) (string, string, bool) {
	env := envName(name)
	if v, ok := os.LookupEnv(env); ok {
		return v, env, true
	}
	if name == "nats-url" {
		if v, ok := os.LookupEnv("NATS_URL"); ok {
			return v, "NATS_URL", true
		}
	}
	return "", env, false
}

func envUsage(name, usage string) string {
	if name == "nats-url" {
		return usage + " (env " + envName(name) + " or NATS_URL)"
	}
	return usage + " (env " + envName(name) + ")"
}

func envError(fs *flag.FlagSet, env, v string, err error) {
	p, _ := envErrs.LoadOrStore(fs, new([]error))
	errs := p.(*[]error)
	*errs = append(*errs, fmt.Errorf("newsworker: environment %s=%q: %w", env, v, err))
}

// stringVar defines a string flag whose default comes from the environment.
func stringVar(fs *flag.FlagSet, p *string, name, def, usage string) {
	if v, _, ok := envValue(name); ok {
		def = v
	}
	fs.StringVar(p, name, def, envUsage(name, usage))
}

// envDefault returns def, or the environment's value parsed by parse; a
// value that does not parse is recorded for parseFlags and def kept.
func envDefault[T any](fs *flag.FlagSet, name string, def T, parse func(string) (T, error)) T {
	v, env, ok := envValue(name)
	if !ok {
		return def
	}
	x, err := parse(strings.TrimSpace(v))
	if err != nil {
		envError(fs, env, v, err)
		return def
	}
	return x
}

// intVar defines an int flag whose default comes from the environment.
func intVar(fs *flag.FlagSet, p *int, name string, def int, usage string) {
	fs.IntVar(p, name, envDefault(fs, name, def, strconv.Atoi), envUsage(name, usage))
}

// durationVar defines a duration flag whose default comes from the environment.
func durationVar(fs *flag.FlagSet, p *time.Duration, name string, def time.Duration, usage string) {
	fs.DurationVar(p, name, envDefault(fs, name, def, time.ParseDuration), envUsage(name, usage))
}

// boolVar defines a bool flag whose default comes from the environment.
func boolVar(fs *flag.FlagSet, p *bool, name string, def bool, usage string) {
	fs.BoolVar(p, name, envDefault(fs, name, def, strconv.ParseBool), envUsage(name, usage))
}

// newFlagSet returns a flag set whose usage lists every flag as --name.
func newFlagSet(name, synopsis string, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(out)
	fs.Usage = func() {
		fmt.Fprintf(out, "usage: newsworker %s\n\nflags:\n", synopsis)
		printDefaults(fs, out)
	}
	return fs
}

// printDefaults prints every flag as "--name TYPE", its usage and default.
func printDefaults(fs *flag.FlagSet, w io.Writer) {
	var lines []string
	fs.VisitAll(func(f *flag.Flag) {
		typ, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if typ != "" {
			line += " " + typ
		}
		line += "\n      " + usage
		if f.DefValue != "" {
			line += fmt.Sprintf(" [default %s]", f.DefValue)
		}
		lines = append(lines, line)
	})
	sort.Strings(lines)
	fmt.Fprintln(w, strings.Join(lines, "\n"))
}

// parseFlags reports a bad environment value first, then parses args.
// Flags may follow positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if p, ok := envErrs.Load(fs); ok {
		if errs := *p.(*[]error); len(errs) > 0 {
			return errs[0]
		}
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
		if pos[len(pos)-1] == "--" {
			pos = append(pos[:len(pos)-1], args...)
			break
		}
	}
	return fs.Parse(append([]string{"--"}, pos...))
}
