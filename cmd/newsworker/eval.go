package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsworker/newsworker/pipeline"
)

// evalCmd extracts the text of every gold file under --gold (with its
// published day as reference date and its lang) and prints score.py's
// table, or its JSON with --json. --records DIR also writes the records,
// one file per article, for score.py or a closer look.
func evalCmd(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "eval --gold DIR [--json] [--records OUT_DIR]", stderr)
	var (
		gold, records string
		asJSON        bool
	)
	stringVar(fs, &gold, "gold", "", "directory of gold annotations (gold.schema.json)")
	boolVar(fs, &asJSON, "json", false, "print the figures as JSON")
	stringVar(fs, &records, "records", "", "also write each record to this directory as <id>.json")
	if err := parse(fs, args); err != nil {
		return err
	}
	if gold == "" || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	res, err := evaluate(gold, records, stderr)
	if err != nil {
		return err
	}
	if asJSON {
		fmt.Fprint(stdout, res.json())
	} else {
		fmt.Fprint(stdout, res.table())
	}
	return nil
}

// evaluate extracts every gold article, optionally writes the records to
// recordsDir, and scores them. An article that cannot be extracted is
// reported on warn and scored as a missing record.
func evaluate(goldDir, recordsDir string, warn io.Writer) (scoreResult, error) {
	golds, order, err := loadDir(goldDir)
	if err != nil {
		return scoreResult{}, err
	}
	if recordsDir != "" {
		if err := os.MkdirAll(recordsDir, 0o755); err != nil {
			return scoreResult{}, fmt.Errorf("eval: %w", err)
		}
	}
	enr := pipeline.NewEnricher(pipeline.EnricherConfig{Version: version})
	recs := map[string]jsonObj{}
	for _, id := range order {
		g := golds[id]
		msg := &pipeline.RawMessage{
			ID:          id,
			URL:         str(g["source_url"]),
			Lang:        str(g["lang"]),
			PublishedAt: str(g["published"]),
			Title:       str(g["title"]),
			Text:        str(g["text"]),
		}
		rec, err := enr.EnrichSafe(msg)
		if err != nil {
			var pe *pipeline.PanicError
			if errors.As(err, &pe) {
				fmt.Fprintf(warn, "eval: %s: %v\n%s\n", id, err, pe.Stack)
			} else {
				fmt.Fprintf(warn, "eval: %s: %v\n", id, err)
			}
			continue
		}
		data, err := json.Marshal(rec)
		if err != nil {
			return scoreResult{}, fmt.Errorf("eval: %s: %w", id, err)
		}
		var m jsonObj
		if err := json.Unmarshal(data, &m); err != nil {
			return scoreResult{}, fmt.Errorf("eval: %s: %w", id, err)
		}
		recs[id] = m
		if recordsDir != "" {
			path := filepath.Join(recordsDir, fileName(id)+".json")
			if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
				return scoreResult{}, fmt.Errorf("eval: %w", err)
			}
		}
	}
	return score(golds, order, recs), nil
}

// fileName makes an id safe as a file name.
func fileName(id string) string {
	return strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == ':' || r == 0 {
			return '_'
		}
		return r
	}, id)
}
