package figures

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/internal/golden"
)

// TestGolden runs the extractor on the articles under testdata/golden
// (written for these tests; the language is the file name's prefix) and
// compares the figures with the .json beside each one.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	ex := New()
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			lang, _, _ := strings.Cut(name, "-")
			figs := ex.Extract(extractors.NewDocument(string(text), lang, time.Time{}), nil)
			golden.CheckJSON(t, strings.TrimSuffix(in, ".txt")+".json", figs)
		})
	}
}
