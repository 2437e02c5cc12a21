package dates

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/internal/golden"
)

// TestGolden runs Extract over the articles of testdata/articles (our own
// writing, published date unknown so that datelines are read) and compares
// with testdata/golden/NAME.json.
func TestGolden(t *testing.T) {
	ex := New()
	golden.ForEach(t, "testdata/articles/*.txt", func(t *testing.T, name string, text []byte) {
		lang := name[:2]
		doc := extractors.NewDocument(string(text), lang, time.Time{})
		res := ex.Extract(doc)
		checkSpans(t, doc, res)
		golden.CheckJSON(t, filepath.Join("testdata", "golden", name+".json"), res)
	})
}
