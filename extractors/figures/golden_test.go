package figures

import (
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
	ex := New()
	golden.ForEach(t, filepath.Join("testdata", "golden", "*.txt"), func(t *testing.T, name string, text []byte) {
		lang, _, _ := strings.Cut(name, "-")
		figs := ex.Extract(extractors.NewDocument(string(text), lang, time.Time{}), nil)
		golden.CheckJSON(t, filepath.Join("testdata", "golden", name+".json"), figs)
	})
}
