package dates

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden runs Extract over the articles of testdata/articles (our own
// writing, published date unknown so that datelines are read) and compares
// with testdata/golden/NAME.json.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in testdata/articles: %v", err)
	}
	ex := New()
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lang := name[:2]
			doc := extractors.NewDocument(string(text), lang, time.Time{})
			res := ex.Extract(doc)
			checkSpans(t, doc, res)
			got, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (run go test -update after checking):\n%s", name, path, got)
			}
		})
	}
}
