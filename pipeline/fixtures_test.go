package pipeline

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

const fixturesDir = "../fixtures"

// fixedClock makes golden records reproducible.
func fixedClock() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }

func testEnricher() *Enricher {
	return NewEnricher(EnricherConfig{Version: "test", Now: fixedClock})
}

// poisonFixtures maps each file under fixtures/poison to the reason it
// must be dead-lettered with.
var poisonFixtures = map[string]Reason{
	"invalid-json.json":   ReasonInvalidJSON,
	"long-id.json":        ReasonInvalidField,
	"no-body.json":        ReasonNoBody,
	"not-utf8.txt":        ReasonNotText,
	"unknown-charset.txt": ReasonCharset,
	"wrong-type.json":     ReasonWrongType,
}

// goodFixtures returns the raw message files outside fixtures/poison.
func goodFixtures(t testing.TB) []string {
	t.Helper()
	all, err := MessageFiles(fixturesDir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range all {
		if filepath.Base(filepath.Dir(f)) != "poison" {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		t.Fatal("no fixtures")
	}
	return out
}

// goldenPath is fixtures/golden/<name without extension>.json.
func goldenPath(fixture string) string {
	base := filepath.Base(fixture)
	return filepath.Join(fixturesDir, "golden", strings.TrimSuffix(base, filepath.Ext(base))+".json")
}

// goldenJSON encodes a record as golden files hold it: indented, with the
// run-dependent duration zeroed.
func goldenJSON(t testing.TB, rec *Record) []byte {
	t.Helper()
	r := *rec
	r.Processing.DurationUS = 0
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func enrichFile(t testing.TB, e *Enricher, path string) (*Record, error) {
	t.Helper()
	data, h, err := ReadMessageFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Decode(data, h, 0)
	if err != nil {
		return nil, err
	}
	return e.EnrichSafe(m)
}

// TestFixtures enriches every good fixture and compares the record with
// fixtures/golden/<name>.json. Regenerate after an extractor changes with
//
//	go test ./pipeline -run TestFixtures -update
func TestFixtures(t *testing.T) {
	e := testEnricher()
	for _, path := range goodFixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			rec, err := enrichFile(t, e, path)
			if err != nil {
				t.Fatalf("enrich: %v", err)
			}
			checkSpans(t, rec)
			got := goldenJSON(t, rec)
			gp := goldenPath(path)
			if *update {
				if err := os.WriteFile(gp, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gp)
			if err != nil {
				t.Fatalf("%v (run: go test ./pipeline -run TestFixtures -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("record differs from %s (after an extractor change: go test ./pipeline -run TestFixtures -update)\n got: %s", gp, got)
			}
		})
	}
}

// TestPoisonFixtures: every file under fixtures/poison is poison with its
// reason, and every poison fixture is listed.
func TestPoisonFixtures(t *testing.T) {
	files, err := MessageFiles(filepath.Join(fixturesDir, "poison"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(poisonFixtures) {
		t.Errorf("%d poison fixtures on disk, %d listed", len(files), len(poisonFixtures))
	}
	e := testEnricher()
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			_, err := enrichFile(t, e, path)
			if got, want := ReasonOf(err), poisonFixtures[filepath.Base(path)]; got != want {
				t.Errorf("reason = %q (%v), want %q", got, err, want)
			}
		})
	}
}

// checkSpans requires every extracted item's text to be the code points
// of the record's text between its start and end.
func checkSpans(t *testing.T, rec *Record) {
	t.Helper()
	data, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	runes := []rune(rec.Text)
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			s, hasStart := x["start"].(float64)
			e, hasEnd := x["end"].(float64)
			if text, ok := x["text"].(string); ok && hasStart && hasEnd && path != "" {
				if s < 0 || e < s || int(e) > len(runes) {
					t.Errorf("%s: span [%v,%v) outside the text", path, s, e)
				} else if got := string(runes[int(s):int(e)]); got != text {
					t.Errorf("%s: text %q, but runes[%v:%v] = %q", path, text, s, e, got)
				}
			}
			for k, c := range x {
				walk(path+"."+k, c)
			}
		case []any:
			for i, c := range x {
				walk(path+"["+strconv.Itoa(i)+"]", c)
			}
		}
	}
	walk("", m)
}
