package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/newsworker/newsworker/pipeline"
)

// extractCmd: each raw message (file or stdin) → its enriched record on
// stdout, one JSON object per line. A bad file is reported on stderr in one
// line and the others are still processed; the status is then 1.
func extractCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", "extract [flags] [FILE ...|-]", stderr)
	var (
		pretty   bool
		maxBytes int
	)
	boolVar(fs, &pretty, "pretty", false, "indent the records")
	intVar(fs, &maxBytes, "max-bytes", pipeline.DefaultMaxBytes, "largest raw message accepted, in bytes")
	if err := parse(fs, args); err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	enr := pipeline.NewEnricher(pipeline.EnricherConfig{Version: version})
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	failed := false
	for _, name := range files {
		rec, err := extractOne(enr, name, stdin, maxBytes)
		if err == nil {
			err = enc.Encode(rec)
		}
		if err != nil {
			failed = true
			fmt.Fprintf(stderr, "newsworker extract: %s: %v\n", displayName(name), err)
		}
	}
	if failed {
		return errReported
	}
	return nil
}

func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

func extractOne(enr *pipeline.Enricher, name string, stdin io.Reader, maxBytes int) (*pipeline.Record, error) {
	var msg *pipeline.RawMessage
	if name == "-" {
		data, err := io.ReadAll(io.LimitReader(stdin, int64(maxBytes)+1))
		if err != nil {
			return nil, err
		}
		if msg, err = pipeline.Decode(data, pipeline.SniffHeader(data), maxBytes); err != nil {
			return nil, err
		}
	} else {
		data, h, err := pipeline.ReadMessageFile(name)
		if err != nil {
			return nil, err
		}
		if msg, err = pipeline.Decode(data, h, maxBytes); err != nil {
			return nil, err
		}
	}
	return enr.EnrichSafe(msg)
}
