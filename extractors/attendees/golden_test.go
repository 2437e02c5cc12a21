package attendees_test

import (
	"github.com/newsworker/newsworker/internal/golden"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGolden extracts each article under testdata/articles (texts written
// for these tests; the file name starts with the language) and compares
// the result with testdata/golden. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lang := name[:2]
			golden.CheckJSON(t, filepath.Join("testdata", "golden", name+".json"), extract(string(b), lang))
		})
	}
}
