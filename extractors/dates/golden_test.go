package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/internal/golden"
)

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
			golden.CheckJSON(t, filepath.Join("testdata", "golden", name+".json"), res)
		})
	}
}
