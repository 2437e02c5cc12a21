package attendees_test

import (
	"github.com/newsworker/newsworker/internal/golden"
	"path/filepath"
	"testing"
)

// TestGolden extracts each article under testdata/articles (texts written
// for these tests; the file name starts with the language) and compares
// the result with testdata/golden. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	golden.ForEach(t, "testdata/articles/*.txt", func(t *testing.T, name string, b []byte) {
		lang := name[:2]
		golden.CheckJSON(t, filepath.Join("testdata", "golden", name+".json"), extract(string(b), lang))
	})
}
